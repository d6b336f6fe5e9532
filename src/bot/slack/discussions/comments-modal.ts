import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { opsamlingHearingText } from '../../present/discussions/opsamling-text.ts';
import { input, modal, type ModalView } from '../blocks/block-kit.ts';
import { elementOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { inputActionId } from '../slack-ids.ts';
import { commentsBlocks, discussionCallbackIds } from './discussion-ids.ts';
import { discussionValue } from './discussion-values.ts';

/** The hearing's text as a hearing takes it; the shared cut keeps it within. */
const proposalMax = 2_500;

/**
 * "Send i høring til kommentering": the hearing's text prefilled from the
 * opsamling (cut where it must be, saying where the whole is), and its
 * deadline. The secretary may edit the text before it goes out.
 */
export function commentsModal(
  locale: Locale,
  view: DiscussionView,
  deadline: { date: string; time: string },
): ModalView {
  return modal({
    callbackId: discussionCallbackIds.comments,
    title: t(locale, 'slack.discussion.comments.modal_title'),
    submit: t(locale, 'slack.discussion.comments.submit'),
    close: t(locale, 'slack.modal.close'),
    privateMetadata: discussionValue({ discussionId: view.discussion.id }),
    blocks: [
      input(commentsBlocks.proposal, t(locale, 'discussion.chat.comments_proposal'), {
        type: 'plain_text_input',
        action_id: inputActionId,
        multiline: true,
        max_length: proposalMax,
        initial_value: opsamlingHearingText(view, locale, proposalMax),
      }),
      input(commentsBlocks.deadlineDate, t(locale, 'slack.discussion.comments.deadline_date'), {
        type: 'datepicker',
        action_id: inputActionId,
        initial_date: deadline.date,
      }),
      input(commentsBlocks.deadlineTime, t(locale, 'slack.discussion.comments.deadline_time'), {
        type: 'timepicker',
        action_id: inputActionId,
        initial_time: deadline.time,
      }),
    ],
  });
}

export const readCommentsForm = (values: ViewStateValues) => ({
  proposal: elementOf(values, commentsBlocks.proposal).value?.trim() ?? '',
  deadlineDate: elementOf(values, commentsBlocks.deadlineDate).selected_date ?? '',
  deadlineTime: elementOf(values, commentsBlocks.deadlineTime).selected_time ?? '',
});

/** Which block a refusal of the hearing names ("deadlineDate" …); the text otherwise. */
export const commentsBlockOf = (field: string | undefined): string =>
  field === 'deadlineDate' || field === 'deadlineTime' || field === 'deadline'
    ? field === 'deadlineTime'
      ? commentsBlocks.deadlineTime
      : commentsBlocks.deadlineDate
    : commentsBlocks.proposal;
