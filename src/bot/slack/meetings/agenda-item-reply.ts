import type { Locale } from '../../../domain/council/council.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import { t, type MessageKey } from '../../../i18n/meetings/index.ts';
import {
  itemOfKey,
  type PublishedAgendaView,
} from '../../present/meetings/meeting-notice-plans.ts';
import { itemHeadingText } from '../../present/meetings/minutes/item-headings.ts';
import { context, section, type Block, type SlackMessage } from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { itemActionsBlock, recordedBlock, type ItemActionContext } from './item-actions.ts';
import { mrkdwnLink } from './slack-text.ts';

/**
 * How much of one field a reply shows. Slack allows 3,000 characters in a
 * section; a thread of 40 items reads better with less, and escaping (&amp;)
 * may lengthen the text, so the cut comes well before the limit.
 */
export const fieldShownMax = 1_200;
/** Titles of Bilag, each one line. */
const attachmentTitleMax = 200;

/** A labelled field as a section, and whether its text had to be cut. */
function fieldBlock(label: string, text: string): { block: Block; cut: boolean } {
  const shown = clip(text.trim(), fieldShownMax);
  return {
    block: section(`*${escapeMrkdwn(label)}*\n${escapeMrkdwn(shown)}`),
    cut: shown !== text.trim(),
  };
}

/** The Bilag as a list, each a link when it has one; as many as fit in one section. */
function attachmentsBlock(locale: Locale, item: AgendaItem): { block: Block; cut: boolean } {
  const heading = `*${t(locale, 'meeting.minutes.attachments')}*`;
  let text = heading;
  let cut = false;
  for (const attachment of item.fields.bilag) {
    const line = `• ${mrkdwnLink(clip(attachment.title, attachmentTitleMax), attachment.link)}`;
    if ([...`${text}\n${line}`].length > slackLimits.sectionText) {
      cut = true;
      break;
    }
    text = `${text}\n${line}`;
  }
  return { block: section(text), cut };
}

/**
 * One agenda item as a reply in the overview's thread: its number, title
 * and kinds, who presents it, Sagen kort (or Anledning) and Indstilling, its
 * Beslutning once there is one (and who recorded it, when), and its Bilag as
 * links. Long text is cut with "…". With the meeting at hand (`at`), the
 * buttons its kind calls for follow, and "Vis sagsfremstilling" / "Vis mere"
 * opens the whole item; without, the reply says the rest is in the agenda.
 */
export function agendaItemReply(
  item: AgendaItem,
  locale: Locale,
  at?: Omit<ItemActionContext, 'cut'>,
): SlackMessage {
  const heading = itemHeadingText(locale, item);
  const blocks: Block[] = [section(`*${escapeMrkdwn(heading)}*`)];
  if (item.presenters.length > 0)
    blocks.push(
      context(
        escapeMrkdwn(
          t(locale, 'slack.meeting.item.presenters', { names: item.presenters.join(', ') }),
        ),
      ),
    );
  const { fields } = item;
  const parts: { block: Block; cut: boolean }[] = [];
  const field = (key: MessageKey, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') parts.push(fieldBlock(t(locale, key), text));
  };
  if (fields.sagenKort !== undefined)
    field(
      fields.sagenKort.label === 'Anledning'
        ? 'meeting.field.anledning'
        : 'meeting.field.sagen_kort',
      fields.sagenKort.text,
    );
  field('meeting.field.indstilling', fields.indstilling);
  field('meeting.field.beslutning', fields.beslutning);
  if (fields.bilag.length > 0) parts.push(attachmentsBlock(locale, item));
  blocks.push(...parts.map((part) => part.block));

  const cut = parts.some((part) => part.cut);
  const text = escapeMrkdwn(clip(heading, slackLimits.sectionText));
  if (at === undefined) {
    const notes: string[] = [];
    if (cut) notes.push(t(locale, 'slack.meeting.item.shortened'));
    else if (fields.sagsfremstilling !== undefined && fields.sagsfremstilling.trim() !== '')
      notes.push(t(locale, 'slack.meeting.item.sagsfremstilling'));
    if (notes.length > 0) blocks.push(context(...notes));
    return { text, blocks };
  }
  const actionContext = { ...at, cut };
  const recorded = recordedBlock(locale, actionContext);
  if (recorded !== undefined) blocks.push(recorded);
  if (cut) blocks.push(context(t(locale, 'slack.meeting.item.shortened_more')));
  const actions = itemActionsBlock(locale, item, actionContext);
  if (actions !== undefined) blocks.push(actions);
  return { text, blocks };
}

/** The reply a thread key names, from the agenda as it is now. */
export function agendaItemReplyOf(key: string, view: PublishedAgendaView): SlackMessage {
  const item = itemOfKey(view, key);
  const number = formatAgendaNumber(item.number);
  const decision = view.meeting.decisions.find((candidate) => candidate.item === number);
  const decidedBy =
    decision === undefined
      ? undefined
      : view.members?.find((member) => member.id === decision.recordedBy)?.name;
  return agendaItemReply(item, view.council.locale, {
    meeting: view.meeting.meeting,
    timeZone: view.council.timeZone,
    ...(decision === undefined ? {} : { decision }),
    ...(decidedBy === undefined ? {} : { decidedBy }),
  });
}
