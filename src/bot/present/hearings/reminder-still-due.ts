import type { Notice } from '../../../app/ports.ts';
import type { HearingView } from '../../../app/hearings/view-hearing.ts';

type ReminderNotice = Extract<Notice, { kind: 'reminder' }>;

/**
 * Whether a queued reminder still has something to say when it is delivered:
 * not if the member has answered, the hearing closed, they no longer hold the
 * seat, or the deadline it reminds of has moved (that one has its own).
 */
export function reminderStillDue(
  view: HearingView | undefined,
  notice: ReminderNotice,
): view is HearingView {
  if (view === undefined || view.hearing.state !== 'open') return false;
  if (!view.viewer?.canVote || view.viewer.ballot) return false;
  return Date.parse(view.hearing.deadline) === Date.parse(notice.deadline);
}
