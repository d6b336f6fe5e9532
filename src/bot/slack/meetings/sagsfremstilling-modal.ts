import type { Locale } from '../../../domain/council/council.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import { t, type MessageKey } from '../../../i18n/meetings/index.ts';
import { itemHeadingText } from '../../present/meetings/minutes/item-headings.ts';
import { context, modal, section, type Block, type ModalView } from '../blocks/block-kit.ts';
import { escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { meetingCallbackIds } from './meeting-ids.ts';
import { chunkLines } from './slack-text.ts';

/**
 * Raw characters per section: escaping (&amp;) lengthens text, and a
 * section holds 3,000 characters, so each piece leaves room for it.
 */
const pieceMax = 2_400;

/** A field's text as sections of at most a section's length, cut at line ends where it can. */
function pieces(text: string): string[] {
  const lines = text.trim().split('\n');
  // A line longer than a piece is split into pieces of its own, not cut.
  const short = lines.flatMap((line) => {
    const chars = [...line];
    if (chars.length <= pieceMax) return [line];
    const parts: string[] = [];
    for (let at = 0; at < chars.length; at += pieceMax)
      parts.push(chars.slice(at, at + pieceMax).join(''));
    return parts;
  });
  return chunkLines(short, pieceMax).map(escapeMrkdwn);
}

/**
 * The whole agenda item, read-only, from "Vis sagsfremstilling" / "Vis
 * mere": Sagen kort, Sagsfremstilling, Indstilling, Beslutning and the
 * other fields, in full, as many sections as a modal allows (100 blocks).
 * A text longer than that is cut with a clear note: the agenda has it.
 */
export function sagsfremstillingModal(locale: Locale, item: AgendaItem): ModalView {
  const blocks: Block[] = [section(`*${escapeMrkdwn(itemHeadingText(locale, item))}*`)];
  const { fields } = item;
  const field = (label: string, text: string | undefined) => {
    if (text === undefined || text.trim() === '') return;
    const [first, ...rest] = pieces(text);
    blocks.push(section(`*${escapeMrkdwn(label)}*\n${first ?? ''}`));
    for (const piece of rest) blocks.push(section(piece));
  };
  const labelled = (key: MessageKey, text: string | undefined) => field(t(locale, key), text);
  if (fields.sagenKort !== undefined)
    labelled(
      fields.sagenKort.label === 'Anledning'
        ? 'meeting.field.anledning'
        : 'meeting.field.sagen_kort',
      fields.sagenKort.text,
    );
  labelled('meeting.field.sagsfremstilling', fields.sagsfremstilling);
  labelled('meeting.field.indstilling', fields.indstilling);
  labelled('meeting.field.beslutning', fields.beslutning);
  for (const other of fields.other) field(other.label, other.text);
  if (blocks.length === 1) blocks.push(context(t(locale, 'slack.meeting.item.modal.empty')));

  const room = slackLimits.viewBlocks;
  const shown =
    blocks.length <= room
      ? blocks
      : [...blocks.slice(0, room - 1), context(t(locale, 'slack.meeting.item.modal.cut'))];
  return modal({
    callbackId: meetingCallbackIds.itemText,
    title: t(locale, 'slack.meeting.item.modal.title', { item: formatAgendaNumber(item.number) }),
    close: t(locale, 'slack.modal.close'),
    blocks: shown,
  });
}
