import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { moveTo } from '../../domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { PlannedMeetingReminder } from '../../domain/meetings/meeting-reminder-plan.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { refusedRewrite } from './refused-rewrite.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';
import { scheduleMeetingReminders } from './schedule-meeting-reminders.ts';
import { attendingAudience } from './afbud-reminder-audience.ts';

export const publishAgendaInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
});
export type PublishAgendaInput = z.input<typeof publishAgendaInput>;

export interface PublishedAgenda {
  readonly record: MeetingRecord;
  /** Published before: the agenda was edited and published again. */
  readonly again: boolean;
  readonly reminders: readonly PlannedMeetingReminder[];
}

/**
 * The secretariat publishes the agenda: planned → agenda published, the
 * council is told, and the reminders are planned. Publishing again after an
 * edit is allowed and tells nobody twice (the notice and the reminders have
 * ids of their own, see meeting-notices.ts and src/jobs/meetings/).
 */
export async function publishAgenda(
  deps: Pick<
    AppDeps,
    'councils' | 'rosters' | 'absences' | 'meetings' | 'clock' | 'notifier' | 'meetingScheduler'
  >,
  raw: PublishAgendaInput,
): Promise<Result<PublishedAgenda>> {
  const input = validate(publishAgendaInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const { meeting } = record.value;
  if (meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  const again = meeting.status === 'agenda_published';
  const published = again ? succeed(meeting) : moveTo(meeting, 'agenda_published');
  if (!published.ok) return published;
  const updated = { ...record.value, meeting: published.value };
  // The store refuses a meeting cancelled, or whose status changed, since it was read.
  if (!again && !(await deps.meetings.saveMeeting(updated, meeting.status)))
    return refusedRewrite(deps.meetings, councilId, meetingId);
  await deps.notifier.notify({ kind: 'meeting_agenda_published', councilId, meetingId });
  // Each invitee (a suppleant holding a seat, not the member away) gets the agenda in a DM too.
  const invitees = await attendingAudience(deps, manager.value.council, published.value);
  const sequence = published.value.sequence ?? 0;
  await Promise.all(
    invitees.map((memberId) =>
      deps.notifier.notify({
        kind: 'meeting_agenda_to_member',
        councilId,
        meetingId,
        memberId,
        sequence,
      }),
    ),
  );
  const reminders = await scheduleMeetingReminders(
    deps,
    published.value,
    manager.value.council.timeZone,
  );
  return succeed({ record: updated, again, reminders });
}
