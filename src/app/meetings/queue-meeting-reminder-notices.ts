import type { MeetingReminderKey } from '../../domain/meetings/meeting-reminder-plan.ts';
import type { AppDeps } from '../deps.ts';
import { afbudReminderAudience, attendingAudience } from './afbud-reminder-audience.ts';

export interface MeetingReminderJob {
  readonly councilId: string;
  readonly meetingId: string;
  readonly reminderKey: MeetingReminderKey;
  /** The start and revision the reminder was planned for. */
  readonly start: string;
  readonly sequence: number;
}

export type MeetingReminderRun =
  | { readonly status: 'sent'; readonly memberIds?: readonly string[] }
  | { readonly status: 'stale' | 'not_published' };

/**
 * Runs a planned meeting reminder. The meeting is read again now: cancelled
 * or no longer published → nothing; moved since it was planned → nothing (the
 * move planned reminders of its own). Who has not answered the afbud
 * question is decided now too, not when it was planned.
 */
export async function queueMeetingReminderNotices(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'absences' | 'meetings' | 'notifier'>,
  job: MeetingReminderJob,
): Promise<MeetingReminderRun> {
  const [council, record] = await Promise.all([
    deps.councils.council(job.councilId),
    deps.meetings.meeting(job.councilId, job.meetingId),
  ]);
  if (council === undefined || record?.meeting.status !== 'agenda_published')
    return { status: 'not_published' };
  const { meeting } = record;
  if (meeting.start !== job.start || (meeting.sequence ?? 0) !== job.sequence)
    return { status: 'stale' };
  const ref = { councilId: council.id, meetingId: meeting.id, sequence: job.sequence };
  if (job.reminderKey !== 'afbud-deadline') {
    // One direct message per attendee: a suppleant holding a seat is reminded, the member away is not.
    const attendees = await attendingAudience(deps, council, meeting);
    const { reminderKey } = job;
    await Promise.all(
      attendees.map((memberId) =>
        deps.notifier.notify({ kind: 'meeting_reminder', ...ref, reminderKey, memberId }),
      ),
    );
    return { status: 'sent', memberIds: attendees };
  }
  const memberIds = await afbudReminderAudience(deps, council, meeting);
  await Promise.all(
    memberIds.map((memberId) =>
      deps.notifier.notify({ kind: 'meeting_afbud_reminder', ...ref, memberId }),
    ),
  );
  return { status: 'sent', memberIds };
}
