import { z } from 'zod';
import { localTimeOf } from '../../domain/discussions/discussion-time.ts';
import type { Discussion, GroupRole, SignUp } from '../../domain/discussions/discussion.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { loadCouncil } from '../council/load-council.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { checkParticipant, rollOf } from './discussion-roll.ts';
import { discussionIdField, groupRoleField, topicKeyField } from './discussion-fields.ts';
import type { SignUpAnswer } from './discussion-types.ts';
import { loadDiscussion } from './load-discussion.ts';

type SignUpDeps = Pick<
  AppDeps,
  'councils' | 'rosters' | 'absences' | 'discussions' | 'notifier' | 'clock'
>;

const ref = { councilId: councilIdField, discussionId: discussionIdField, memberId: memberIdField };
const chooseTopicInput = z.object({ ...ref, topic: topicKeyField.nullable() });
const volunteerInput = z.object({ ...ref, role: groupRoleField.nullable() });

/** A participant chooses a topic (null: no preference, placed where the groups need them). */
export async function chooseTopic(
  deps: SignUpDeps,
  raw: { councilId: string; discussionId: string; memberId: string; topic: string | null },
): Promise<Result<SignUpAnswer>> {
  const input = validate(chooseTopicInput, raw);
  if (!input.ok) return input;
  const { topic } = input.value;
  return changeSignUp(deps, input.value, (discussion) => {
    if (topic !== null && !discussion.topics.some((candidate) => candidate.key === topic))
      return fail('discussion_topic_unknown', 'topic', { topic });
    return succeed({ topic: topic ?? undefined });
  });
}

/** A participant volunteers as ordstyrer or referent (null: withdraws). */
export async function volunteerForRole(
  deps: SignUpDeps,
  raw: { councilId: string; discussionId: string; memberId: string; role: GroupRole | null },
): Promise<Result<SignUpAnswer>> {
  const input = validate(volunteerInput, raw);
  if (!input.ok) return input;
  const { role } = input.value;
  return changeSignUp(deps, input.value, () => succeed({ volunteer: role ?? undefined }));
}

/**
 * One member's sign-up changed, while sign-up is open: before the deadline
 * and before the groups are announced (the store checks the status in the
 * same step it writes). Each change refreshes the channel message's counts.
 */
async function changeSignUp(
  deps: SignUpDeps,
  ref: { councilId: string; discussionId: string; memberId: string },
  change: (
    discussion: Discussion,
  ) => Result<{ topic?: string | undefined; volunteer?: GroupRole | undefined }>,
): Promise<Result<SignUpAnswer>> {
  const { councilId, discussionId, memberId } = ref;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const loaded = await loadDiscussion(deps, councilId, discussionId);
  if (!loaded.ok) return loaded;
  const discussion = loaded.value;
  if (discussion.status === 'cancelled') return fail('discussion_cancelled');
  const now = deps.clock.now();
  if (
    discussion.status !== 'sign_up' ||
    localTimeOf(now, council.value.timeZone) >= discussion.signUpDeadline
  )
    return fail('discussion_sign_up_closed', undefined, { deadline: discussion.signUpDeadline });
  const participant = checkParticipant(await rollOf(deps, discussion), memberId);
  if (!participant.ok) return participant;
  const changed = change(discussion);
  if (!changed.ok) return changed;

  const before = (await deps.discussions.signUps(councilId, discussionId)).find(
    (signUp) => signUp.memberId === memberId,
  );
  const merged = { topic: before?.topic, volunteer: before?.volunteer, ...changed.value };
  const signUp: SignUp = {
    memberId,
    ...(merged.topic === undefined ? {} : { topic: merged.topic }),
    ...(merged.volunteer === undefined ? {} : { volunteer: merged.volunteer }),
    at: now.toISOString(),
  };
  if (!(await deps.discussions.saveSignUp(councilId, discussionId, signUp)))
    return fail('discussion_sign_up_closed', undefined, { deadline: discussion.signUpDeadline });
  await deps.notifier.notify({ kind: 'discussion_changed', councilId, discussionId });
  return succeed({ discussion, signUp });
}
