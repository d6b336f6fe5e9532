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
 * nothing: plan them again. A reminder is planned again only if it is news:
 * for a moved deadline (or due time), or when the one first planned has not
 * gone out yet; otherwise members would be reminded twice of the same time.
 */
export async function rescheduleAfterEdit(
  deps: Pick<AppDeps, 'clock' | 'discussionScheduler'>,
  before: Discussion,
  edited: Discussion,
  timeZone: string,
): Promise<void> {
  const now = deps.clock.now();
  const stillAhead = (at: Date | undefined) => (at !== undefined && at > now ? at : undefined);
  if (edited.status === 'sign_up') {
    if (edited.signUpDeadline !== before.signUpDeadline)
      return scheduleSignUpJobs(deps, edited, timeZone);
    const deadlineAt = instantOfLocalTime(edited.signUpDeadline, timeZone);
    const planned = reminderBefore(new Date(edited.createdAt), deadlineAt, timeZone);
    return deps.discussionScheduler.scheduleSignUp(edited, stillAhead(planned), deadlineAt);
  }
  if (edited.status !== 'announced') return;
  if (edited.summariesDue !== before.summariesDue || edited.windowEnd !== before.windowEnd)
    return scheduleSummaryJobs(deps, edited, timeZone);
  const dueAt = instantOfLocalTime(edited.summariesDue, timeZone);
  const planned = reminderBefore(instantOfLocalTime(edited.windowEnd, timeZone), dueAt, timeZone);
  await deps.discussionScheduler.scheduleSummaries(edited, stillAhead(planned), dueAt);
}
