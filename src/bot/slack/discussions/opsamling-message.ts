import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { opsamlingText } from '../../present/discussions/opsamling-text.ts';
import type { OpsamlingState } from '../../present/discussions/discussion-states.ts';
import {
  button,
  context,
  header,
  modal,
  section,
  type Block,
  type ModalView,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { chunkLines } from '../meetings/index.ts';
import { discussionActionIds, discussionCallbackIds } from './discussion-ids.ts';
import { discussionValue } from './discussion-values.ts';

/**
 * How much of the opsamling the channel message shows: a few sections, so
 * the message reads as a summary; "Vis hele opsamlingen" opens the rest.
 */
const messageSectionsMax = 6;
/** A modal holds 100 blocks; the note and a little room are kept. */
const modalSectionsMax = 95;

/** The shared Markdown as Slack mrkdwn lines: headings and **bold** as *bold*, user text escaped. */
export function opsamlingLines(view: DiscussionView, locale: Locale): string[] {
  return opsamlingText(view, locale)
    .split('\n')
    .map((line) => {
      const escaped = escapeMrkdwn(line);
      const heading = /^#{2,4} (.*)$/.exec(escaped);
      if (heading !== null) return `*${heading[1]}*`;
      return escaped.replace(/\*\*(.+?)\*\*/g, '*$1*');
    });
}

/** The opsamling in sections of at most 3,000 characters, and whether more than `max` were needed. */
function sectionsOf(lines: readonly string[], max: number): { blocks: Block[]; cut: boolean } {
  // The first line is the heading, drawn as a header block by the message.
  const chunks = chunkLines(lines.slice(1), slackLimits.sectionText);
  return { blocks: chunks.slice(0, max).map((chunk) => section(chunk)), cut: chunks.length > max };
}

/**
 * "Opsamling fra gruppedrøftelser" in the council's channel: grouped by
 * topic, then group, question and answer, as much as fits a short message;
 * "Vis hele opsamlingen" opens the whole in a modal. The secretariat's
 * "Send i høring til kommentering" until it has been sent.
 */
export function opsamlingMessage(state: OpsamlingState): SlackMessage {
  const { locale } = state.council;
  const { view, opsamling } = state;
  const heading = t(locale, 'slack.discussion.opsamling.heading');
  const { blocks: shown, cut } = sectionsOf(opsamlingLines(view, locale), messageSectionsMax);
  const blocks: Block[] = [
    header(heading),
    section(`*${escapeMrkdwn(view.discussion.title)}*`),
    ...shown,
  ];
  const value = discussionValue({ discussionId: view.discussion.id });
  const buttons = [];
  if (cut) {
    blocks.push(context(t(locale, 'slack.discussion.opsamling.cut')));
    buttons.push(
      button(
        t(locale, 'slack.discussion.button.show_more'),
        discussionActionIds.showOpsamling,
        value,
      ),
    );
  }
  if (opsamling.hearingId === undefined)
    buttons.push(
      button(
        t(locale, 'discussion.chat.button_send_for_comments'),
        discussionActionIds.sendForComments,
        value,
      ),
    );
  else blocks.push(context(t(locale, 'slack.discussion.opsamling.in_hearing')));
  if (buttons.length > 0)
    blocks.push({
      type: 'actions',
      block_id: `discussion.${view.discussion.id}.opsamling`.slice(0, 255),
      elements: buttons,
    });
  return { text: escapeMrkdwn(`${heading}: ${view.discussion.title}`), blocks };
}

/** The whole opsamling, read-only; beyond what a modal holds, a note says where the rest is. */
export function opsamlingModal(locale: Locale, view: DiscussionView): ModalView {
  const { blocks, cut } = sectionsOf(opsamlingLines(view, locale), modalSectionsMax);
  // Only a discussion on an agenda item has a referat to point to.
  const whereTheRestIs =
    view.discussion.meetingId === undefined
      ? 'slack.discussion.opsamling.cut_modal_alone'
      : 'slack.discussion.opsamling.cut_modal';
  if (cut) blocks.push(context(t(locale, whereTheRestIs)));
  return modal({
    callbackId: discussionCallbackIds.opsamling,
    title: t(locale, 'slack.discussion.opsamling.modal_title'),
    close: t(locale, 'slack.modal.close'),
    blocks: [section(`*${escapeMrkdwn(view.discussion.title)}*`), ...blocks],
  });
}
