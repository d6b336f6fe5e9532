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
