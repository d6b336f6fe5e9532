import type { Discussion } from '../../domain/discussions/discussion.ts';
import { reminderBefore } from '../../domain/discussions/discussion-reminders.ts';
import { instantOfLocalTime } from '../../domain/discussions/discussion-time.ts';
import type { AppDeps } from '../deps.ts';

/** Plans the sign-up reminder and the deadline, replacing what was planned before. */
export async function scheduleSignUpJobs(
  deps: Pick<AppDeps, 'clock' | 'discussionScheduler'>,
  discussion: Discussion,
  timeZone: string,
): Promise<void> {
  const deadlineAt = instantOfLocalTime(discussion.signUpDeadline, timeZone);
  const reminderAt = reminderBefore(deps.clock.now(), deadlineAt, timeZone);
  await deps.discussionScheduler.scheduleSignUp(discussion, reminderAt, deadlineAt);
}

/** Plans the summary reminder and the due time, replacing the sign-up's jobs. */
export async function scheduleSummaryJobs(
  deps: Pick<AppDeps, 'clock' | 'discussionScheduler'>,
  discussion: Discussion,
  timeZone: string,
): Promise<void> {
  const dueAt = instantOfLocalTime(discussion.summariesDue, timeZone);
  // Reminding before the groups have even met would be noise: from the window's end.
  const windowEnd = instantOfLocalTime(discussion.windowEnd, timeZone);
  const now = deps.clock.now();
  const from = windowEnd > now ? windowEnd : now;
  const reminderAt = reminderBefore(from, dueAt, timeZone);
  await deps.discussionScheduler.scheduleSummaries(discussion, reminderAt, dueAt);
}

/**
 * A changed set-up bumps the sequence, so the jobs planned before do
 * nothing: plan them again. Moved times get a new plan (the reminder too:
 * it is news); otherwise the plan in force is carried over to the new
 * sequence as it stands, so a reminder that went out is not sent twice and
 * one still ahead is kept.
 */
export async function rescheduleAfterEdit(
  deps: Pick<AppDeps, 'clock' | 'discussionScheduler'>,
  before: Discussion,
  edited: Discussion,
  timeZone: string,
): Promise<void> {
  const deadlineMoved = edited.signUpDeadline !== before.signUpDeadline;
  const dueMoved =
    edited.summariesDue !== before.summariesDue || edited.windowEnd !== before.windowEnd;
  if (edited.status === 'sign_up' && deadlineMoved)
    return scheduleSignUpJobs(deps, edited, timeZone);
  if (edited.status === 'announced' && dueMoved) return scheduleSummaryJobs(deps, edited, timeZone);
  await deps.discussionScheduler.carryPlanOver(edited, deps.clock.now());
}
