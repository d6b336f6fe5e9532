import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { describeProblem } from '../../../i18n/messages.ts';
import { opsamlingHearingText } from '../../present/discussions/opsamling-text.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import { noticeCard } from '../cards/notice-card.ts';
import { sendCard, sendText, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TextCommand } from '../text-commands.ts';
import { whenText } from './discussion-card-text.ts';
import {
  confirmedFlag,
  discussionData,
  discussionManager,
  mayManageDiscussions,
} from './discussion-speaker.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';
import { commentsCard, commentsLabel, type CommentsField } from './opsamling-card.ts';
import { confirmCard } from './proposal-card.ts';
import { statusCard, statusShownMax } from './status-card.ts';

/** "grupper": the open discussions with their phase and next step, for those who run them. */
export const statusCommand: TextCommand = {
  pattern: /^(?:grupper|gruppedrøftelser|gruppedroeftelser|group discussions|groups)$/,
  help: 'teams.discussion.help.status',
  who: 'member',
  async run(kit, context, _typed, { council, member }) {
    const locale = council.locale;
    if (!mayManageDiscussions(member))
      return sendText(context, t(locale, 'teams.discussion.not_allowed'));
    const listed = await kit.deps.useCases.listDiscussions({ councilId: council.id });
    if (!listed.ok) return sendText(context, describeFailure(locale, listed));
    const views: DiscussionView[] = [];
    for (const discussion of listed.value.slice(0, statusShownMax)) {
      const shown = await kit.deps.useCases.showDiscussion({
        councilId: council.id,
        discussionId: discussion.id,
      });
      if (shown.ok && shown.value.discussion.status !== 'cancelled') views.push(shown.value);
    }
    return sendCard(context, statusCard(locale, views));
  },
};

const compileData = discussionData.extend({ confirmed: confirmedFlag });

/** "Saml op nu" asks first (how many have sent); "Ja, saml op" posts the opsamling. */
async function compile(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof compileData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const heading = t(locale, 'discussion.chat.compile_confirm_title');
  const where = { councilId: council.id, discussionId: data.discussionId };
  if (!data.confirmed) {
    const shown = await kit.deps.useCases.showDiscussion(where);
    if (!shown.ok) return noticeCard(heading, [describeFailure(locale, shown)], 'attention');
    const { discussion, proposal, summaries } = shown.value;
    return confirmCard(
      locale,
      {
        title: heading,
        text: t(locale, 'teams.discussion.compile.confirm_text', {
          submitted: summaries.length,
          groups: proposal?.groups.length ?? 0,
          due: whenText(locale, discussion.summariesDue),
        }),
        confirm: t(locale, 'teams.discussion.compile.confirm'),
      },
      discussionVerbNames.compile,
      { discussionId: data.discussionId },
    );
  }
  const compiled = await kit.deps.useCases.compileOpsamling({ ...where, actorId: member.id });
  if (!compiled.ok) return noticeCard(heading, [describeFailure(locale, compiled)], 'attention');
  return noticeCard(
    t(locale, 'teams.discussion.opsamling.heading'),
    [t(locale, 'teams.discussion.compile.done', { title: compiled.value.discussion.title })],
    'good',
  );
}

/** "Send i høring til kommentering": the hearing card, prefilled from the opsamling. */
async function commentsForm(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof discussionData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council } = speaker;
  const shown = await kit.deps.useCases.showDiscussion({
    councilId: council.id,
    discussionId: data.discussionId,
  });
  if (!shown.ok) return describeFailure(council.locale, shown);
  if (shown.value.opsamling === undefined)
    return describeFailure(council.locale, { code: 'discussion_not_compiled' });
  const deadline = await kit.deps.useCases.suggestDeadline(council);
  return commentsCard(council, data.discussionId, {
    proposal: opsamlingHearingText(shown.value, council.locale),
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
  });
}

const sendData = discussionData.extend({
  proposal: cardText,
  deadlineDate: cardText,
  deadlineTime: cardText,
});

function commentsFieldOf(field: string | undefined): CommentsField | undefined {
  if (field === 'proposal' || field === 'deadlineDate' || field === 'deadlineTime') return field;
  if (field === 'deadline') return 'deadlineTime';
  return undefined;
}

/** The comments hearing's submit: sendOpsamlingForComments; a refusal comes back under its field. */
async function sendForComments(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof sendData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const values = {
    proposal: data.proposal ?? '',
    deadlineDate: data.deadlineDate ?? '',
    deadlineTime: data.deadlineTime ?? '',
  };
  const sent = await kit.deps.useCases.sendOpsamlingForComments({
    councilId: council.id,
    discussionId: data.discussionId,
    actorId: member.id,
    ...values,
  });
  if (sent.ok)
    return noticeCard(
      t(locale, 'teams.discussion.comments.heading'),
      [t(locale, 'teams.discussion.comments.done')],
      'good',
    );
  const field = commentsFieldOf(sent.field);
  const said =
    sent.code === 'invalid_input' && field !== undefined
      ? t(locale, 'teams.discussion.field.problem', {
          label: commentsLabel(locale, field),
          problem: describeProblem(locale, sent.params ?? {}),
        })
      : describeFailure(locale, sent);
  return commentsCard(
    council,
    data.discussionId,
    values,
    field === undefined ? { general: said } : { [field]: said },
  );
}

export const statusVerbs: readonly CardVerb[] = [
  defineVerb(discussionVerbNames.compile, compileData, compile),
  defineVerb(discussionVerbNames.commentsForm, discussionData, commentsForm),
  defineVerb(discussionVerbNames.sendForComments, sendData, sendForComments),
];
