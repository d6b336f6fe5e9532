import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { MeetingStatus } from '../../domain/meetings/meeting.ts';
import { localDateTimeOf } from '../../domain/meetings/meeting-record.ts';
import { loadCouncil } from '../council/load-council.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField } from '../input-fields.ts';
import { answeringStoreFailures as guard } from '../store-failures.ts';
import { validate } from '../validate.ts';

/** A week for the members to read and approve, ending at noon: nobody approves at 03:00. */
const approvalDays = 7;
const approvalTime = '12:00';

const suggestInput = z.object({ councilId: councilIdField });

/** The deadline a "Generér referat" form starts from: a week from today at 12:00, council time. */
export async function suggestMinutesDeadline(
  deps: Pick<AppDeps, 'councils' | 'clock'>,
  raw: z.input<typeof suggestInput>,
): Promise<Result<string>> {
  const input = validate(suggestInput, raw);
  if (!input.ok) return input;
  const council = await loadCouncil(deps.councils, input.value.councilId);
  if (!council.ok) return council;
  const today = localDateTimeOf(deps.clock.now(), council.value.timeZone).slice(0, 10);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const later = new Date(Date.UTC(year, month - 1, day + approvalDays)).toISOString().slice(0, 10);
  return succeed(`${later}T${approvalTime}`);
}

const pickInput = z.object({
  councilId: councilIdField,
  /** 'send': a meeting whose minutes may go out; 'status': one whose minutes went out. */
  purpose: z.enum(['send', 'status']),
});

const statusesFor: Readonly<Record<'send' | 'status', readonly MeetingStatus[]>> = {
  send: ['agenda_published', 'held', 'planned'],
  status: ['minutes_sent', 'minutes_approved'],
};

/**
 * The meeting a command without one means: the latest that has begun and
 * whose minutes may be sent, or the latest whose minutes were sent.
 */
export async function meetingForMinutes(
  deps: Pick<AppDeps, 'councils' | 'meetings' | 'clock'>,
  raw: z.input<typeof pickInput>,
): Promise<Result<string>> {
  const input = validate(pickInput, raw);
  if (!input.ok) return input;
  const council = await loadCouncil(deps.councils, input.value.councilId);
  if (!council.ok) return council;
  const now = localDateTimeOf(deps.clock.now(), council.value.timeZone);
  const wanted = statusesFor[input.value.purpose];
  const candidates = (await deps.meetings.meetings(council.value.id))
    .map((record) => record.meeting)
    .filter((meeting) => wanted.includes(meeting.status) && meeting.start <= now)
    .sort((a, b) => b.start.localeCompare(a.start));
  const found = candidates[0];
  return found === undefined ? fail('meeting_not_found', 'meetingId') : succeed(found.id);
}

/** What the chat asks of the minutes besides the core's, spread into the meetings' use cases. */
export const minutesChatUseCases = (deps: AppDeps) => ({
  suggestMinutesDeadline: guard((input: z.input<typeof suggestInput>) =>
    suggestMinutesDeadline(deps, input),
  ),
  meetingForMinutes: guard((input: z.input<typeof pickInput>) => meetingForMinutes(deps, input)),
});
