import type { AgendaNumber } from './agenda-number.ts';

/** B beslutning (decision), D drøftelse (discussion), O orientering (information). */
export const itemKinds = ['B', 'D', 'O'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** An attachment as the minutes list it: "Bilag 2.1.1 – Titel", perhaps with a link. */
export interface Attachment {
  /** "2.1.1", "0.1.A": numbered after the item, when the minutes number it. */
  readonly number?: string;
  /** The whole line as printed, e.g. "Bilag 2.1.1 – Orientering om love". */
  readonly title: string;
  readonly link?: string;
}

/** A labelled field the minutes carry beyond the usual ones ("Emner", …), kept in its place. */
export interface OtherField {
  readonly label: string;
  readonly text: string;
  /** Where it stood: after this many of the usual fields had begun. */
  readonly after: number;
}

/**
 * The fields of an item, in the minutes' order: Sagen kort (or Anledning),
 * Indstilling, Beslutning, Sagsfremstilling, Bilag.
 */
export interface ItemFields {
  /** "Sagen kort" or "Anledning": which label the minutes used is kept. */
  readonly sagenKort?: { readonly label: 'Sagen kort' | 'Anledning'; readonly text: string };
  readonly indstilling?: string;
  readonly beslutning?: string;
  readonly sagsfremstilling?: string;
  readonly bilag: readonly Attachment[];
  readonly other: readonly OtherField[];
}

/** The usual fields by their place in the minutes. */
export const usualFields = [
  'sagenKort',
  'indstilling',
  'beslutning',
  'sagsfremstilling',
  'bilag',
] as const;
export type UsualField = (typeof usualFields)[number];

export interface AgendaItem {
  readonly number: AgendaNumber;
  /** The theme heading the item sits under, as printed ("0. TEMA: …"), if any. */
  readonly theme?: string;
  readonly title: string;
  readonly kinds: readonly ItemKind[];
  /** Marked "Oplæg": someone presents before the council talks. */
  readonly presentation: boolean;
  readonly presenters: readonly string[];
  readonly fields: ItemFields;
}

export const emptyFields: ItemFields = { bilag: [], other: [] };

/**
 * "(O+D)", "(Oplæg + D)", "(O/D)": the kinds and the presentation mark
 * inside an item heading's parentheses; undefined when it is not such a mark.
 */
export function parseKindMark(
  mark: string,
): { kinds: ItemKind[]; presentation: boolean } | undefined {
  const parts = mark
    .split(/\s*(?:\+|\/|,|&|\bog\b)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const kinds: ItemKind[] = [];
  let presentation = false;
  for (const part of parts) {
    if (/^opl[æe]g$/i.test(part)) presentation = true;
    else if ((itemKinds as readonly string[]).includes(part.toUpperCase()) && part.length === 1) {
      const kind = part.toUpperCase() as ItemKind;
      if (!kinds.includes(kind)) kinds.push(kind);
    } else return undefined;
  }
  return { kinds, presentation };
}
