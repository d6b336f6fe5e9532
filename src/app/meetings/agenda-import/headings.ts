import { parseKindMark, type ItemKind } from '../../../domain/meetings/agenda-item.ts';
import { parseAgendaNumber, type AgendaNumber } from '../../../domain/meetings/agenda-number.ts';

/**
 * The headings of the minutes: a theme ("0. TEMA: …", "1. Rådets interne
 * fokus …") and an item ("- 0.1.1 RAR/VEU branchenedslag … (B)"). These read
 * one line only; whether a line that looks like one really is one (and not
 * "1. På tværs af …" inside an Indstilling) is decided where the lines are
 * read in order (read-agenda-body.ts).
 */
export interface ItemHeading {
  readonly number: AgendaNumber;
  /** The heading as printed, without its bullet. */
  readonly text: string;
  readonly title: string;
  readonly kinds: readonly ItemKind[];
  readonly presentation: boolean;
  /** It ends in a kind mark such as "(B)" or "(Oplæg + D)". */
  readonly hasKindMark: boolean;
  /** It stood as a bullet ("- 0.1.1 …"). */
  readonly bulleted: boolean;
}

export interface ThemeHeading {
  readonly number: number;
  readonly text: string;
  readonly title: string;
  readonly kinds: readonly ItemKind[];
  readonly presentation: boolean;
  readonly hasKindMark: boolean;
  /** An item heading run together with the end of the theme's line. */
  readonly runTogether?: string;
}

const bullet = /^\s*([-•*–])\s*/;
/** Titles begin with a capital, a digit or a quote: "4. januar på to AMU-moduler" is text. */
const itemLine = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(["«„”'’(]?[\p{Lu}\d].*)$/u;
const themeLine = /^(\d{1,2})\.\s+([\p{Lu}].*)$/u;
const kindMark = /\s*\(([^()]{1,30})\)\s*\.?\s*$/;

function withKinds(title: string) {
  const mark = kindMark.exec(title);
  const kinds = mark ? parseKindMark(mark[1]!) : undefined;
  if (mark === null || kinds === undefined)
    return {
      title: title.replace(/\s*\.$/, '').trim(),
      kinds: [],
      presentation: false,
      hasKindMark: false,
    };
  return { title: title.slice(0, mark.index).trim(), ...kinds, hasKindMark: true };
}

export function readItemHeading(raw: string): ItemHeading | undefined {
  const bulleted = bullet.test(raw);
  const text = raw.replace(bullet, '').trim();
  const match = itemLine.exec(text);
  if (match === null) return undefined;
  const number = parseAgendaNumber(match[1]!);
  if (number === undefined) return undefined;
  return { number, text, bulleted, ...withKinds(match[2]!) };
}

/** The first item heading inside a theme's line that is numbered under that theme. */
function runTogetherItem(
  theme: number,
  rest: string,
): { before: string; item: string } | undefined {
  const pattern = new RegExp(`\\s(${theme}(?:\\.\\d{1,2})+\\.?\\s+\\S.*)$`, 'u');
  const match = pattern.exec(rest);
  if (match === null || readItemHeading(match[1]!) === undefined) return undefined;
  return { before: rest.slice(0, match.index).trim(), item: match[1]! };
}

export function readThemeHeading(raw: string): ThemeHeading | undefined {
  const text = raw.replace(bullet, '').trim();
  const match = themeLine.exec(text);
  if (match === null) return undefined;
  const number = Number(match[1]);
  const together = runTogetherItem(number, match[2]!);
  const own = together?.before ?? match[2]!;
  return {
    number,
    text: together === undefined ? text : `${number}. ${together.before}`,
    ...withKinds(own),
    ...(together === undefined ? {} : { runTogether: together.item }),
  };
}
