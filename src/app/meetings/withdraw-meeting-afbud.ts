import type { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { validate } from '../validate.ts';
import {
  loadAfbudContext,
  meetingAfbudInput,
  type AfbudContext,
  type AfbudDeps,
} from './send-meeting-afbud.ts';

export const withdrawMeetingAfbudInput = meetingAfbudInput;
export type WithdrawMeetingAfbudInput = z.input<typeof withdrawMeetingAfbudInput>;

/**
 * The member takes their afbud for a meeting back before it begins: the seat
 * is theirs again, in the meeting and the hearings on its agenda.
 */
export async function withdrawMeetingAfbud(
  deps: AfbudDeps & Pick<AppDeps, 'notifier' | 'afbudFollowers'>,
  raw: WithdrawMeetingAfbudInput,
): Promise<Result<AfbudContext>> {
  const input = validate(withdrawMeetingAfbudInput, raw);
  if (!input.ok) return input;
  const context = await loadAfbudContext(deps, input.value);
  if (!context.ok) return context;
  const { council, record, member, substitute, now } = context.value;
  const withdrawn = await deps.absences.withdrawAbsence(council.id, member.id, {
    kind: 'meeting',
    meetingId: record.meeting.id,
  });
  if (!withdrawn) return fail('no_meeting_afbud');
  // The suppleant who held the seat hears at once that it went back.
  if (substitute !== undefined)
    await deps.notifier.notify({
      kind: 'meeting_seat_returned',
      councilId: council.id,
      meetingId: record.meeting.id,
      memberId: substitute.id,
      absentMemberId: member.id,
      at: now.toISOString(),
    });
  await deps.afbudFollowers?.tell({
    councilId: council.id,
    meetingId: record.meeting.id,
    memberId: member.id,
    change: 'withdrawn',
  });
  return succeed(context.value);
}
