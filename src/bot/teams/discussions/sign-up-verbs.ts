import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { Failure, Result } from '../../../domain/errors.ts';
import type { SignUpAnswer } from '../../../app/discussions/discussion-use-cases.ts';
import { groupRoles } from '../../../domain/discussions/discussion.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import { topicLabel, topicOf, roleName } from './discussion-card-text.ts';
import { discussionData, mayManageDiscussions } from './discussion-speaker.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';
import { signUpCard } from './sign-up-card.ts';

/**
 * The sign-up card as one person sees it now: their choice marked, and a
 * line on top about what their click did. Text when the discussion cannot
 * be shown.
 */
async function viewerCard(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  discussionId: string,
  notice?: { text: string; tone: 'good' | 'attention' },
  closed = false,
): Promise<CardAnswer> {
  const { council, member } = speaker;
  const shown = await kit.deps.useCases.showDiscussion({ councilId: council.id, discussionId });
  if (!shown.ok) return notice?.text ?? describeFailure(council.locale, shown);
  const audience = await kit.audience.of(council.id);
  return signUpCard(council.locale, shown.value, {
    viewer: { memberId: member.id, mayManage: mayManageDiscussions(member) },
    refreshUserIds: audience.userIds,
    closed,
    ...(notice ? { notice } : {}),
  });
}

/** What a sign-up click did, said to the one who clicked, on their own view of the card. */
async function answerSignUp(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  discussionId: string,
  result: Result<SignUpAnswer>,
): Promise<CardAnswer> {
  const locale = speaker.council.locale;
  if (!result.ok) {
    const closed = result.code === 'discussion_sign_up_closed';
    const text = closed
      ? t(locale, 'teams.discussion.signup.closed')
      : describeFailure(locale, result);
    return viewerCard(kit, speaker, discussionId, { text, tone: 'attention' }, closed);
  }
  const { discussion, signUp } = result.value;
  const topic = signUp.topic === undefined ? undefined : topicOf(discussion, signUp.topic);
  const choice =
    topic === undefined
      ? t(locale, 'teams.discussion.signup.mine_no_preference')
      : topicLabel(locale, topic);
  const role =
    signUp.volunteer === undefined
      ? ''
      : t(locale, 'teams.discussion.signup.mine_role', {
          role: roleName(locale, signUp.volunteer),
        });
  const text = `${t(locale, 'teams.discussion.signup.mine', { choice })}${role}`;
  return viewerCard(kit, speaker, discussionId, { text, tone: 'good' });
}

const refusedField = (field: string): Failure => ({
  ok: false,
  code: 'invalid_input',
  field,
  params: { problem: 'invalid' },
});

const chooseData = discussionData.extend({ topic: z.unknown().optional() });

/** A topic button (or "Intet ønske": topic ''): chooseTopic for who clicked. */
async function chooseTopic(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof chooseData>,
): Promise<CardAnswer> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return speaker.text;
  const { council, member } = speaker;
  if (typeof data.topic !== 'string' || data.topic.length > 20)
    return describeFailure(council.locale, refusedField('topic'));
  const result = await kit.deps.useCases.chooseTopic({
    councilId: council.id,
    discussionId: data.discussionId,
    memberId: member.id,
    topic: data.topic.trim() === '' ? null : data.topic.trim(),
  });
  return answerSignUp(kit, speaker, data.discussionId, result);
}

const volunteerData = discussionData.extend({ role: cardText });

/** "Jeg vil være ordstyrer/referent" (pressed again: withdrawn). */
async function volunteer(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof volunteerData>,
): Promise<CardAnswer> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return speaker.text;
  const { council, member } = speaker;
  const role = groupRoles.find((candidate) => candidate === data.role);
  if (data.role !== undefined && role === undefined)
    return describeFailure(council.locale, refusedField('role'));
  const result = await kit.deps.useCases.volunteerForRole({
    councilId: council.id,
    discussionId: data.discussionId,
    memberId: member.id,
    role: role ?? null,
  });
  return answerSignUp(kit, speaker, data.discussionId, result);
}

/** Teams asks for one person's own view (refresh), or they pressed "Vis mit valg". */
async function refresh(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof discussionData>,
): Promise<CardAnswer> {
  const speaker = await kit.speaker(context.activity);
  if (speaker.ok) return viewerCard(kit, speaker, data.discussionId);
  if (speaker.councilId === undefined) return speaker.text;
  // Someone the council does not know: the card as everyone sees it.
  const shown = await kit.deps.useCases.showDiscussion({
    councilId: speaker.councilId,
    discussionId: data.discussionId,
  });
  return shown.ok ? signUpCard(speaker.locale, shown.value) : speaker.text;
}

export const signUpVerbs: readonly CardVerb[] = [
  defineVerb(discussionVerbNames.chooseTopic, chooseData, chooseTopic),
  defineVerb(discussionVerbNames.volunteer, volunteerData, volunteer),
  defineVerb(discussionVerbNames.refresh, discussionData, refresh),
];
