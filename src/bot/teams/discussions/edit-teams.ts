import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { editOutcomeLines } from '../../present/discussions/edit-outcome.ts';
import { defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import { noticeCard } from '../cards/notice-card.ts';
import type { TeamsKit } from '../handlers/teams-kit.ts';
import { discussionData, discussionManager } from './discussion-speaker.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';
import { editedValues, editInputOf, editOf, setupValuesOf } from './edit-setup.ts';
import { readSetupCard, setupFailureErrors } from './read-setup-card.ts';
import { setupCard, topicSlots, topicTitleField, type SetupErrors } from './setup-card.ts';

/** Refusals that no field on the card can fix: said on their own, the card gone. */
const final = new Set([
  'not_allowed_to_manage_discussions',
  'discussion_not_found',
  'discussion_edit_closed',
  'discussion_cancelled',
]);

/** "Ret opsætning" on "grupper": the set-up card with the discussion's current values. */
async function editForm(
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
  const edit = editOf(shown.value);
  if (edit.editable.size === 0)
    return describeFailure(council.locale, { code: 'discussion_edit_closed' });
  return setupCard(council, setupValuesOf(shown.value.discussion), {}, { edit });
}

const saveData = z
  .looseObject({
    discussionId: discussionData.shape.discussionId,
    sequence: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .transform((data) => ({
    discussionId: data.discussionId,
    sequence: data.sequence,
    typed: readSetupCard(data),
  }));

/** A topic members chose cannot go: said under that topic's title. */
function editFailureErrors(locale: Locale, failure: Failure): SetupErrors {
  const topic = failure.params?.['topic'];
  if (failure.code === 'discussion_topic_has_sign_ups' && typeof topic === 'string') {
    const index = topic.charCodeAt(0) - 'A'.charCodeAt(0);
    if (index >= 0 && index < topicSlots.length)
      return { byField: { [topicTitleField(index)]: describeFailure(locale, failure) } };
  }
  return setupFailureErrors(locale, failure);
}

/**
 * Refusals that say the card no longer matches the discussion (someone else
 * changed it, or its status moved on): the card is drawn again as it is now.
 */
const outdated = new Set(['discussion_changed_meanwhile', 'discussion_field_locked']);

/**
 * "Gem ændringer": editDiscussion against the sequence the card showed. A
 * refusal brings the card back with what was typed and the problem under its
 * field. A change meanwhile is refused, never overwritten: the card comes back
 * drawn from the discussion as it is now (its values, its status's locked
 * fields and its new sequence), saying so, so the next save can succeed.
 */
async function saveEdit(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof saveData>,
): Promise<CardAnswer> {
  const speaker = await discussionManager(kit, context);
  const heading = (locale: Locale) => t(locale, 'discussion.edit.form_title');
  if (typeof speaker === 'string')
    return noticeCard(heading(kit.deps.defaultLocale), [speaker], 'attention');
  const { council, member } = speaker;
  const locale = council.locale;
  const refused = (failure: Pick<Failure, 'code' | 'field' | 'params'>) =>
    noticeCard(heading(locale), [describeFailure(locale, failure)], 'attention');
  const show = () =>
    kit.deps.useCases.showDiscussion({ councilId: council.id, discussionId: data.discussionId });
  /** The card as the discussion is now, or why it can no longer be changed. */
  const latest = (view: DiscussionView): CardAnswer => {
    const now = editOf(view);
    if (now.editable.size === 0) return refused({ code: 'discussion_edit_closed' });
    return setupCard(
      council,
      setupValuesOf(view.discussion),
      {},
      { edit: now, alert: t(locale, 'teams.discussion.edit.changed_meanwhile') },
    );
  };
  const shown = await show();
  if (!shown.ok) return refused(shown);
  const { discussion } = shown.value;
  const edit = editOf(shown.value);
  if (edit.editable.size === 0) return refused({ code: 'discussion_edit_closed' });
  if (edit.sequence !== data.sequence) return latest(shown.value);
  const values = editedValues(data.typed, discussion, edit.editable);
  const read = editInputOf(locale, values, discussion, edit.editable, {
    councilId: council.id,
    discussionId: discussion.id,
    actorId: member.id,
    seenSequence: data.sequence,
  });
  if (!read.ok) return setupCard(council, values, read.errors, { edit });
  const edited = await kit.deps.useCases.editDiscussion(read.input);
  if (!edited.ok) {
    if (final.has(edited.code)) return refused(edited);
    if (outdated.has(edited.code)) {
      const again = await show();
      return again.ok ? latest(again.value) : refused(again);
    }
    return setupCard(council, values, editFailureErrors(locale, edited), { edit });
  }
  return noticeCard(heading(locale), editOutcomeLines(locale, edited.value), 'good');
}

export const editVerbs: readonly CardVerb[] = [
  defineVerb(discussionVerbNames.editForm, discussionData, editForm),
  defineVerb(discussionVerbNames.saveEdit, saveData, saveEdit),
];
