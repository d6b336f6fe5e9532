import type { UsualField } from '../../../domain/meetings/agenda-item.ts';

/**
 * A field label at the start of a line, in every way minutes print one: in a
 * left column ("Beslutning Rådet kvitterede …"), with a colon, as a bullet
 * ("- Indstilling: …"), or alone on its line with the text below.
 */
export interface LabelLine {
  readonly field: UsualField | 'presenters' | 'other';
  /** The label as printed, e.g. "Anledning", "Emner". */
  readonly label: string;
  /** The text after the label on the same line. */
  readonly rest: string;
  /** Written as a left-column or run-in label ("Baggrund: I kapitel 11 …"), not as a bullet or a line of its own. */
  readonly runIn: boolean;
}

const usual: readonly (readonly [string, UsualField])[] = [
  ['Sagen kort', 'sagenKort'],
  ['Anledning', 'sagenKort'],
  ['Indstilling', 'indstilling'],
  ['Beslutning', 'beslutning'],
  ['Sagsfremstilling', 'sagsfremstilling'],
  ['Bilag', 'bilag'],
];
const presenterLabels = ['Oplægsholdere', 'Oplægsholder', 'Oplæg ved'];
/** Other labels the minutes use; each is kept as it stands, in its place. */
const otherLabels = [
  'Emner',
  'Tidsramme',
  'Tidspunkt',
  'Opfølgning',
  'Bemærkninger',
  'Formål',
  'Baggrund',
  'Ansvarlig',
  'Økonomi',
  'Proces',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = [...usual.map(([label]) => label), ...presenterLabels, ...otherLabels]
  .sort((a, b) => b.length - a.length)
  .map((label) => escape(label).replace(/ /g, '\\s+'))
  .join('|');
const labelLine = new RegExp(
  `^\\s*(?:([-•*])\\s*)?(${alternatives})(?=$|[\\s:.])\\s*(:)?\\s*(.*)$`,
  'iu',
);

export function readLabel(text: string): LabelLine | undefined {
  const match = labelLine.exec(text);
  if (match === null) return undefined;
  const [, bullet, printed = '', colon, rest = ''] = match;
  const label = printed.replace(/\s+/g, ' ');
  const strong = bullet !== undefined || colon !== undefined || rest === '';
  // A lower-case word at the start of a line is text ("bilag til strategien"), unless marked as a label.
  if (!strong && !/^\p{Lu}/u.test(label)) return undefined;
  const lower = label.toLowerCase();
  const known = usual.find(([name]) => name.toLowerCase() === lower);
  const runIn = bullet === undefined && rest !== '';
  if (known !== undefined) return { field: known[1], label: known[0], rest, runIn };
  // The other labels are common words ("- Emner til kommende møder"): only a colon or a line of their own makes them one.
  if (colon === undefined && rest !== '') return undefined;
  const canonical = (list: readonly string[]) => list.find((name) => name.toLowerCase() === lower);
  const presenter = canonical(presenterLabels);
  if (presenter !== undefined) return { field: 'presenters', label: presenter, rest, runIn };
  return { field: 'other', label: canonical(otherLabels) ?? label, rest, runIn };
}
