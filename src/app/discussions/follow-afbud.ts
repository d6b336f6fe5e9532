import { z } from 'zod';
import { localTimeOf } from '../../domain/discussions/discussion-time.ts';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import { writerOf } from '../../domain/discussions/writers.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import type { AfbudChange } from '../afbud-followers.ts';
import { loadCouncil } from '../council/load-council.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { rollOf } from './discussion-roll.ts';
import { meetingRefField } from './discussion-fields.ts';

type FollowDeps = Pick<
  AppDeps,
  'councils' | 'rosters' | 'absences' | 'discussions' | 'notifier' | 'clock'
>;

const afbudChangeInput = z.object({
  councilId: councilIdField,
  meetingId: meetingRefField,
  memberId: memberIdField,
  change: z.enum(['sent', 'withdrawn']),
});

/**
 * Invites the suppleants who hold absent members' seats, each in a direct
 * message with the topics (they may not follow the council's channel).
 * Those who already chose a topic are not asked again.
 */
export async function inviteSuppleants(
  deps: Pick<AppDeps, 'rosters' | 'absences' | 'discussions' | 'notifier'>,
  discussion: Discussion,
  onlyFor?: string,
): Promise<number> {
  const [roll, signUps] = await Promise.all([
    rollOf(deps, discussion),
    deps.discussions.signUps(discussion.councilId, discussion.id),
  ]);
  const chosen = new Set(signUps.flatMap((one) => (one.topic === undefined ? [] : [one.memberId])));
  const invited = roll.participants.filter(
    (person) =>
      person.forMemberId !== undefined &&
      (onlyFor === undefined || person.forMemberId === onlyFor) &&
      !chosen.has(person.memberId),
  );
  for (const person of invited)
    await deps.notifier.notify({
      kind: 'discussion_sign_up_reminder',
      councilId: discussion.councilId,
      discussionId: discussion.id,
      memberId: person.memberId,
      sequence: discussion.sequence,
      invitation: true,
    });
  return invited.length;
}

/**
 * A member's afbud for a meeting, as the group discussions on it follow it:
 * - in sign-up, before its deadline, their suppleant now takes part and is invited;
 * - once the groups are announced, a referent who sent afbud leaves the
 *   summary to the ordstyrer, who is told at once rather than at the next
 *   reminder (while the summary is still open and not yet in).
 * Afbud taken back needs no message: the member is simply back, and the
 * reminders reach whoever writes when they are due.
 */
export async function followAfbud(deps: FollowDeps, raw: AfbudChange): Promise<Result<number>> {
  const input = validate(afbudChangeInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId, memberId, change } = input.value;
  if (change === 'withdrawn') return succeed(0);
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const onTheMeeting = (await deps.discussions.discussions(councilId)).filter(
    (discussion) => discussion.meetingId === meetingId,
  );
  const nowLocal = localTimeOf(deps.clock.now(), council.value.timeZone);
  let told = 0;
  for (const discussion of onTheMeeting) {
    // After the deadline a topic can no longer be chosen: the suppleant is
    // placed when the groups are formed again before announcing, and hears
    // of their group then.
    if (discussion.status === 'sign_up' && nowLocal < discussion.signUpDeadline)
      told += await inviteSuppleants(deps, discussion, memberId);
    else if (discussion.status === 'announced' || discussion.status === 'compiled')
      told += await tellNewWriter(deps, discussion, memberId, council.value.timeZone);
  }
  return succeed(told);
}

async function tellNewWriter(
  deps: FollowDeps,
  discussion: Discussion,
  absentId: string,
  timeZone: string,
): Promise<number> {
  const { councilId, id } = discussion;
  if (localTimeOf(deps.clock.now(), timeZone) >= discussion.summariesDue) return 0;
  const [proposal, summaries, roll] = await Promise.all([
    deps.discussions.proposal(councilId, id),
    deps.discussions.summaries(councilId, id),
    rollOf(deps, discussion),
  ]);
  const present = new Set(roll.participants.map((person) => person.memberId));
  const group = proposal?.groups.find((candidate) => candidate.referent === absentId);
  if (group === undefined || summaries.some((summary) => summary.groupKey === group.key)) return 0;
  const writer = writerOf(group, present);
  if (writer === absentId) return 0;
  await deps.notifier.notify({
    kind: 'discussion_summary_reminder',
    councilId,
    discussionId: id,
    memberId: writer,
    groupKey: group.key,
    reminderKey: 'takeover',
    sequence: discussion.sequence,
  });
  return 1;
}
