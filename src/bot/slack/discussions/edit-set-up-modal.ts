import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { editableFields, fieldsEditableIn } from '../../../domain/discussions/discussion-edits.ts';
import { maxTopics } from '../../../domain/discussions/discussion-setup.ts';
import type { Discussion } from '../../../domain/discussions/discussion.ts';
import type { EditableField } from '../../../domain/discussions/discussion-edits.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { topicText } from '../../present/discussions/discussion-texts.ts';
import { context, modal, type Block, type ModalView } from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { discussionCallbackIds, maxTopicsInForm } from './discussion-ids.ts';
import { editMetadata } from './discussion-values.ts';
import { localWhen } from './discussion-when.ts';
import { daysBetween } from './set-up-form.ts';
import { setUpInputBlocks, setUpTextMax, type SetUpInitial } from './set-up-modal.ts';

/** Topic slots in the form: four, or as many as the discussion has (set up elsewhere with more). */
export const topicSlotsFor = (discussion: Pick<Discussion, 'topics'>): number =>
  Math.min(maxTopics, Math.max(maxTopicsInForm, discussion.topics.length));

const roomLinksOf = ({ rooms }: Pick<Discussion, 'rooms'>): readonly string[] =>
  rooms.kind === 'none' ? [] : rooms.kind === 'shared' ? [rooms.url] : rooms.urls;

/**
 * The fields too long for the form's text inputs (set up elsewhere, where
 * questions and links may be longer): prefilled they would be cut, and
 * saved cut, so the form shows them and leaves them as they are.
 */
function tooLongForForm(discussion: Discussion): EditableField[] {
  const long: EditableField[] = [];
  if (discussion.topics.some((topic) => topic.questions.join('\n').length > setUpTextMax.questions))
    long.push('topics');
  if (roomLinksOf(discussion).join('\n').length > setUpTextMax.rooms) long.push('roomLinks');
  return long;
}

/** The fields the form has as inputs: what the status allows and the inputs can hold whole. */
export function formFieldsFor(discussion: Discussion): readonly EditableField[] {
  const long = tooLongForForm(discussion);
  return fieldsEditableIn(discussion.status).filter((field) => !long.includes(field));
}

/** The discussion as the set-up form's starting values. */
function initialOf(discussion: Discussion): SetUpInitial {
  return {
    title: discussion.title,
    topics: discussion.topics,
    sizing: discussion.sizing,
    signUpDeadline: discussion.signUpDeadline,
    windowStart: discussion.windowStart,
    windowEnd: discussion.windowEnd,
    summariesDue: discussion.summariesDue,
    roomLinks: roomLinksOf(discussion),
  };
}

/**
 * A window spanning days (set up from the command line) shows one date and
 * two times; the end time says on which later day it is (the form keeps
 * that many days after the start, see readEditForm).
 */
function windowEndHintFor(
  locale: Locale,
  discussion: Pick<Discussion, 'windowStart' | 'windowEnd'>,
): { windowEndHint?: string } {
  const days = daysBetween(discussion.windowStart, discussion.windowEnd);
  return days > 0
    ? {
        windowEndHint: t(locale, 'slack.discussion.edit.window_end_days', {
          days,
          when: localWhen(locale, discussion.windowEnd),
        }),
      }
    : {};
}

/** What the form no longer lets the secretary change, as one line, and why. */
function lockedBlocks(locale: Locale, view: DiscussionView, groups: number): Block[] {
  const { discussion } = view;
  const editable = formFieldsFor(discussion);
  const parts: string[] = [];
  if (!editable.includes('topics'))
    parts.push(
      t(locale, 'slack.discussion.edit.locked_topics', {
        topics: discussion.topics.map((topic) => escapeMrkdwn(topicText(locale, topic))).join('; '),
      }),
    );
  if (!editable.includes('sizing'))
    parts.push(t(locale, 'slack.discussion.edit.locked_groups', { groups }));
  if (!editable.includes('signUpDeadline'))
    parts.push(
      t(locale, 'slack.discussion.edit.locked_deadline', {
        when: localWhen(locale, discussion.signUpDeadline),
      }),
    );
  if (!editable.includes('roomLinks'))
    parts.push(
      t(locale, 'slack.discussion.edit.locked_rooms', { count: roomLinksOf(discussion).length }),
    );
  if (parts.length === 0) return [];
  const byStatus = fieldsEditableIn(discussion.status).length < editableFields.length;
  const long = tooLongForForm(discussion);
  return [
    context(clip(parts.join(' · '), slackLimits.sectionText)),
    ...(byStatus ? [context(t(locale, 'discussion.edit.locked_note'))] : []),
    ...(long.length > 0 ? [context(t(locale, 'slack.discussion.edit.too_long_note'))] : []),
  ];
}

/**
 * «Ret opsætning»: the set-up form prefilled with the discussion as it is.
 * In sign-up every field is an input; once the groups are announced only
 * what does not undo them (`fieldsEditableIn`), the rest shown as a line
 * above. Once groups are formed the room links' hint counts them, as
 * per-group links must match them (a proposal that grew needs more).
 * private_metadata names the discussion and the `sequence` shown, so a
 * change made meanwhile is refused rather than overwritten.
 */
export function editSetUpModal(locale: Locale, view: DiscussionView): ModalView {
  const { discussion } = view;
  const editable = formFieldsFor(discussion);
  const groups = view.proposal?.groups.length ?? 0;
  const blocks: Block[] = [
    ...lockedBlocks(locale, view, groups),
    ...setUpInputBlocks(locale, initialOf(discussion), {
      shows: (field) => editable.includes(field),
      topicSlots: topicSlotsFor(discussion),
      // Once there are groups (announced, or a proposal in sign-up) the links must match them.
      roomsHint:
        groups > 0
          ? t(locale, 'discussion.edit.rooms_hint', { groups })
          : t(locale, 'slack.discussion.setup.rooms_hint'),
      ...windowEndHintFor(locale, discussion),
    }),
  ];
  return modal({
    callbackId: discussionCallbackIds.edit,
    title: t(locale, 'discussion.edit.form_title'),
    submit: t(locale, 'discussion.edit.save'),
    close: t(locale, 'slack.modal.close'),
    blocks,
    privateMetadata: editMetadata({
      discussionId: discussion.id,
      seenSequence: discussion.sequence,
    }),
  });
}
