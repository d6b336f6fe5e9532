import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import { noticeCard } from '../cards/notice-card.ts';
import { sendCard, sendText, type TeamsKit } from '../handlers/teams-kit.ts';
import { meetingVerbNames } from '../meetings/index.ts';
import { councilAddress } from '../teams-addresses.ts';
import type { TextCommand } from '../text-commands.ts';
import { whenText } from './discussion-card-text.ts';
import { discussionManager, mayManageDiscussions } from './discussion-speaker.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';
import { readSetupCard, setupFailureErrors, setupInputOf } from './read-setup-card.ts';
import { setupCard, type SetupValues } from './setup-card.ts';

const dateOf = (local: string) => local.split('T')[0] ?? '';
const timeOf = (local: string) => local.split('T')[1] ?? '';

/** "gruppedrøftelse [titel]": the set-up card, for the secretariat and the chair group. */
export const setupCommand: TextCommand = {
  pattern:
    /^(?:ny )?(?:gruppedrøftelse|gruppedroeftelse|gruppedroftelse|group discussion|new group discussion)(?:\s+(.+))?$/,
  help: 'teams.discussion.help.setup',
  who: 'member',
  async run(kit, context, { match, original }, { council, member }) {
    if (!mayManageDiscussions(member))
      return sendText(context, t(council.locale, 'teams.discussion.not_allowed'));
    // The title keeps the case it was typed in.
    const title =
      match[1] === undefined ? undefined : original.slice(original.length - match[1].length).trim();
    const deadline = await kit.deps.useCases.suggestDeadline(council);
    return sendCard(
      context,
      setupCard(council, {
        ...(title ? { title } : {}),
        sizing: 'count',
        signUpDate: deadline.date,
        signUpTime: deadline.time,
      }),
    );
  },
};

const itemData = z.object({
  meetingId: z.string().trim().min(1).max(200),
  item: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d{1,2}){0,5}$/),
});

/** "Start gruppedrøftelse" on a D item: the set-up card prefilled from the item, linked to it. */
async function startFromItem(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof itemData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const draft = await kit.deps.useCases.discussionDraftForItem({
    councilId: council.id,
    actorId: member.id,
    meetingId: data.meetingId,
    itemNumber: data.item,
  });
  if (!draft.ok) return describeFailure(council.locale, draft);
  const shown = await kit.deps.useCases.showMeeting({
    councilId: council.id,
    meetingId: data.meetingId,
  });
  const values: SetupValues = {
    title: draft.value.title,
    sizing: 'count',
    signUpDate: dateOf(draft.value.signUpDeadline),
    signUpTime: timeOf(draft.value.signUpDeadline),
    windowDate: dateOf(draft.value.windowStart),
    windowStart: timeOf(draft.value.windowStart),
    windowEnd: timeOf(draft.value.windowEnd),
    dueDate: dateOf(draft.value.summariesDue),
    dueTime: timeOf(draft.value.summariesDue),
    meetingId: draft.value.meetingId,
    item: draft.value.itemNumber,
  };
  return setupCard(
    council,
    values,
    {},
    {
      note: t(council.locale, 'teams.discussion.setup.from_item', {
        item: draft.value.itemNumber,
        meeting: shown.ok ? shown.value.meeting.title : data.meetingId,
      }),
    },
  );
}

/** "Opret gruppedrøftelse": startDiscussion; a refusal comes back on the card under its field. */
async function start(
  kit: TeamsKit,
  context: TurnContext,
  values: SetupValues,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string')
    return noticeCard(
      t(kit.deps.defaultLocale, 'discussion.chat.setup_modal_title'),
      [speaker],
      'attention',
    );
  const { council, member } = speaker;
  const locale = council.locale;
  const read = setupInputOf(locale, values, council.id, member.id);
  if (!read.ok) return setupCard(council, values, read.errors);
  const started = await kit.deps.useCases.startDiscussion(read.input);
  if (!started.ok) {
    if (started.code === 'not_allowed_to_manage_discussions')
      return noticeCard(
        t(locale, 'discussion.chat.setup_modal_title'),
        [describeFailure(locale, started)],
        'attention',
      );
    return setupCard(council, values, setupFailureErrors(locale, started));
  }
  const hasChannel = (await councilAddress(kit.deps.directory, council.id)) !== undefined;
  return noticeCard(
    t(locale, 'teams.discussion.setup.done_heading'),
    [
      t(locale, 'teams.discussion.setup.done', {
        title: started.value.title,
        deadline: whenText(locale, started.value.signUpDeadline),
      }),
      ...(hasChannel ? [] : [t(locale, 'teams.discussion.setup.no_channel')]),
    ],
    'good',
  );
}

const setupData = z.record(z.string(), z.unknown()).transform(readSetupCard);

export const setupVerbs: readonly CardVerb[] = [
  defineVerb(meetingVerbNames.startDiscussion, itemData, startFromItem),
  defineVerb(discussionVerbNames.start, setupData, start),
];
