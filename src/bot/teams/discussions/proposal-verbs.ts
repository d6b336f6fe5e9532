import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { GroupProposal } from '../../../app/discussions/ports.ts';
import { groupRoles } from '../../../domain/discussions/discussion.ts';
import type { Failure } from '../../../domain/errors.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { earlyAnnounceNote, reasonText } from '../../present/discussions/discussion-texts.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import { noticeCard } from '../cards/notice-card.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import { nameOf, roleName } from './discussion-card-text.ts';
import { confirmedFlag, discussionData, discussionManager } from './discussion-speaker.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';
import { confirmCard, proposalCard } from './proposal-card.ts';

type Notice = { text: string; tone: 'good' | 'attention' };

/** The proposal card as it is now, with a line on top; text when there is none to show. */
async function proposalNow(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  discussionId: string,
  notice?: Notice,
): Promise<CardAnswer> {
  const { council } = speaker;
  const locale = council.locale;
  const shown = await kit.deps.useCases.showDiscussion({ councilId: council.id, discussionId });
  if (!shown.ok) return describeFailure(locale, shown);
  const view = shown.value;
  const proposal: GroupProposal | undefined = view.proposal;
  if (proposal === undefined)
    return noticeCard(
      t(locale, 'discussion.chat.proposal_heading', { title: view.discussion.title }),
      [notice?.text ?? t(locale, 'teams.discussion.proposal.none')],
      notice?.tone ?? 'default',
    );
  const formedBy = proposal.formedBy === speaker.member.id ? speaker.member.name : undefined;
  return proposalCard(
    council,
    { ...view, proposal },
    {
      reasons: proposal.reasons.map((reason) => reasonText(locale, reason)),
      ...(formedBy === undefined ? {} : { formedBy }),
      ...(notice ? { notice } : {}),
    },
  );
}

const refusal = (speaker: KnownSpeaker, failure: Failure): Notice => ({
  text: describeFailure(speaker.council.locale, failure),
  tone: 'attention',
});

/** "Dan grupper" / "Dan igen": forms the proposal (hand edits kept) and shows it. */
async function formGroups(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof discussionData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const before = await kit.deps.useCases.showDiscussion({
    councilId: council.id,
    discussionId: data.discussionId,
  });
  const formed = await kit.deps.useCases.formGroups({
    councilId: council.id,
    discussionId: data.discussionId,
    actorId: member.id,
  });
  if (!formed.ok) return proposalNow(kit, speaker, data.discussionId, refusal(speaker, formed));
  const again = before.ok && before.value.proposal !== undefined;
  return proposalNow(kit, speaker, data.discussionId, {
    text: t(
      council.locale,
      again ? 'teams.discussion.proposal.reformed' : 'teams.discussion.proposal.formed_now',
    ),
    tone: 'good',
  });
}

async function showProposal(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof discussionData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  return proposalNow(kit, speaker, data.discussionId);
}

const moveData = discussionData.extend({ moveMember: cardText, moveGroup: cardText });

/** "Flyt deltager": the participant and the group chosen on the card. */
async function move(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof moveData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const missing =
    data.moveMember === undefined
      ? 'moveMember'
      : data.moveGroup === undefined
        ? 'moveGroup'
        : undefined;
  if (missing !== undefined)
    return proposalNow(kit, speaker, data.discussionId, required(speaker, missing));
  const moved = await kit.deps.useCases.moveParticipant({
    councilId: council.id,
    discussionId: data.discussionId,
    actorId: member.id,
    memberId: data.moveMember ?? '',
    groupKey: data.moveGroup ?? '',
  });
  if (!moved.ok) return proposalNow(kit, speaker, data.discussionId, refusal(speaker, moved));
  const shown = await kit.deps.useCases.showDiscussion({
    councilId: council.id,
    discussionId: data.discussionId,
  });
  const name = shown.ok ? nameOf(shown.value, data.moveMember ?? '') : (data.moveMember ?? '');
  return proposalNow(kit, speaker, data.discussionId, {
    text: t(council.locale, 'teams.discussion.proposal.moved', {
      name,
      group: data.moveGroup ?? '',
    }),
    tone: 'good',
  });
}

/** How the proposal card names its choices. */
const fieldLabels = {
  moveMember: 'discussion.chat.move_member',
  moveGroup: 'discussion.chat.move_group',
  roleGroup: 'teams.discussion.field.roleGroup',
  roleName: 'discussion.chat.role_role',
  roleMember: 'discussion.chat.role_member',
} as const;

function required(speaker: KnownSpeaker, field: keyof typeof fieldLabels): Notice {
  const locale = speaker.council.locale;
  return {
    text: t(locale, 'teams.discussion.field.problem', {
      label: t(locale, fieldLabels[field]),
      problem: t(locale, 'problem.required'),
    }),
    tone: 'attention',
  };
}

const roleData = discussionData.extend({
  roleGroup: cardText,
  roleName: cardText,
  roleMember: cardText,
});

/** "Skift rolle": the group, the role and who takes it. */
async function assignRole(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof roleData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const role = groupRoles.find((candidate) => candidate === data.roleName);
  const missing =
    data.roleGroup === undefined
      ? 'roleGroup'
      : role === undefined
        ? 'roleName'
        : data.roleMember === undefined
          ? 'roleMember'
          : undefined;
  if (missing !== undefined || role === undefined)
    return proposalNow(kit, speaker, data.discussionId, required(speaker, missing ?? 'roleName'));
  const assigned = await kit.deps.useCases.assignGroupRole({
    councilId: council.id,
    discussionId: data.discussionId,
    actorId: member.id,
    groupKey: data.roleGroup ?? '',
    role,
    memberId: data.roleMember ?? '',
  });
  if (!assigned.ok) return proposalNow(kit, speaker, data.discussionId, refusal(speaker, assigned));
  const shown = await kit.deps.useCases.showDiscussion({
    councilId: council.id,
    discussionId: data.discussionId,
  });
  const name = shown.ok ? nameOf(shown.value, data.roleMember ?? '') : (data.roleMember ?? '');
  return proposalNow(kit, speaker, data.discussionId, {
    text: t(council.locale, 'teams.discussion.proposal.role_set', {
      name,
      role: roleName(council.locale, role),
      group: data.roleGroup ?? '',
    }),
    tone: 'good',
  });
}

const announceData = discussionData.extend({ confirmed: confirmedFlag });

/** "Udsend grupperne" asks first; "Ja, udsend" announces. */
async function announce(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof announceData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const heading = t(locale, 'teams.discussion.announce.confirm_title');
  if (!data.confirmed) {
    const shown = await kit.deps.useCases.showDiscussion({
      councilId: council.id,
      discussionId: data.discussionId,
    });
    if (!shown.ok) return noticeCard(heading, [describeFailure(locale, shown)], 'attention');
    if (shown.value.proposal === undefined)
      return noticeCard(
        heading,
        [describeFailure(locale, { code: 'discussion_no_proposal' })],
        'attention',
      );
    return confirmCard(
      locale,
      {
        title: heading,
        text: [
          earlyAnnounceNote(locale, shown.value),
          t(locale, 'teams.discussion.announce.confirm_text', {
            groups: shown.value.proposal.groups.length,
          }),
        ]
          .filter((line) => line !== undefined)
          .join(' '),
        confirm: t(locale, 'teams.discussion.announce.confirm'),
      },
      discussionVerbNames.announce,
      { discussionId: data.discussionId },
    );
  }
  const announced = await kit.deps.useCases.announceGroups({
    councilId: council.id,
    discussionId: data.discussionId,
    actorId: member.id,
  });
  if (!announced.ok) return noticeCard(heading, [describeFailure(locale, announced)], 'attention');
  return noticeCard(
    t(locale, 'teams.discussion.announced.heading'),
    [t(locale, 'teams.discussion.announce.done', { title: announced.value.discussion.title })],
    'good',
  );
}

async function cancelConfirm(kit: TeamsKit, context: TurnContext): Promise<CardAnswer> {
  const speaker = await kit.speaker(context.activity);
  const locale = speaker.ok ? speaker.council.locale : speaker.locale;
  return noticeCard(t(locale, 'discussion.chat.status_heading'), [
    t(locale, 'teams.discussion.confirm.cancelled'),
  ]);
}

export const proposalVerbs: readonly CardVerb[] = [
  defineVerb(discussionVerbNames.formGroups, discussionData, formGroups),
  defineVerb(discussionVerbNames.showProposal, discussionData, showProposal),
  defineVerb(discussionVerbNames.moveParticipant, moveData, move),
  defineVerb(discussionVerbNames.assignRole, roleData, assignRole),
  defineVerb(discussionVerbNames.announce, announceData, announce),
  defineVerb(discussionVerbNames.cancelConfirm, z.unknown(), (kit, context) =>
    cancelConfirm(kit, context),
  ),
];
