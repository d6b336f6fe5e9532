import {
  usualFields,
  type AgendaItem,
  type Attachment,
  type OtherField,
  type UsualField,
} from '../../../../domain/meetings/agenda-item.ts';
import type { Locale } from '../../../../domain/council/council.ts';
import { t } from '../../../../i18n/meetings/index.ts';

/**
 * An item's fields in the minutes' order: Sagen kort (or Anledning, as the
 * source had it), Indstilling, Beslutning, Sagsfremstilling, Bilag. Each
 * label begins its text's first line, in bold, as the samples' left column
 * does: a first line such as "Beslutning om valg af …" then stays the text
 * it was. Other labelled fields ("Emner") stand where they stood.
 */
const block = (label: string, text: string): string[] => {
  const [first = '', ...rest] = text.split('\n');
  return [first === '' ? `**${label}**` : `**${label}** ${first}`, ...rest, ''];
};

const attachmentLine = (attachment: Attachment): string =>
  attachment.link === undefined || attachment.title.includes(attachment.link)
    ? `- ${attachment.title}`
    : `- [${attachment.title}](${attachment.link})`;

function usualBlock(locale: Locale, item: AgendaItem, field: UsualField): string[] {
  const { fields } = item;
  switch (field) {
    case 'sagenKort':
      if (fields.sagenKort === undefined) return [];
      return block(
        t(
          locale,
          fields.sagenKort.label === 'Anledning'
            ? 'meeting.field.anledning'
            : 'meeting.field.sagen_kort',
        ),
        fields.sagenKort.text,
      );
    case 'indstilling':
    case 'beslutning':
    case 'sagsfremstilling': {
      const text = fields[field];
      return text === undefined ? [] : block(t(locale, `meeting.field.${field}`), text);
    }
    case 'bilag': {
      // Printed when there is something to list, or a field of its own stood after it.
      const followed = fields.other.some((other) => other.after > usualFields.indexOf('bilag'));
      if (fields.bilag.length === 0 && !followed) return [];
      const lines =
        fields.bilag.length === 0
          ? [t(locale, 'meeting.minutes.no_attachments')]
          : fields.bilag.map(attachmentLine);
      return [`**${t(locale, 'meeting.minutes.attachments')}**`, ...lines, ''];
    }
  }
}

/** Other fields print with their label on a line of its own, as the minutes write them. */
const otherBlock = (other: OtherField): string[] => block(`${other.label}:`, other.text);

const isPresent = (item: AgendaItem, field: UsualField): boolean =>
  field === 'bilag'
    ? item.fields.bilag.length > 0 ||
      item.fields.other.some((other) => other.after > usualFields.indexOf('bilag'))
    : item.fields[field] !== undefined;

export function itemFieldLines(locale: Locale, item: AgendaItem): string[] {
  const lines: string[] = [];
  if (item.presenters.length > 0)
    lines.push(`**${t(locale, 'meeting.minutes.presenters')}:** ${item.presenters.join(', ')}`, '');
  const others = [...item.fields.other];
  // An other field stood after `after` of the usual places had begun: it prints before the next usual field.
  const flushBefore = (place: number) => {
    while (others.length > 0 && others[0]!.after <= place)
      lines.push(...otherBlock(others.shift()!));
  };
  usualFields.forEach((field, place) => {
    if (!isPresent(item, field)) return;
    flushBefore(place);
    lines.push(...usualBlock(locale, item, field));
  });
  flushBefore(Number.POSITIVE_INFINITY);
  return lines;
}
