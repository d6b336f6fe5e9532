import { isBlank, type SourceLine } from './source-lines.ts';

/**
 * Joins words a PDF broke over two lines: "te-" + "madrøftelser" gives
 * "temadrøftelser". A hyphen that belongs to the word stays: "VEU-" +
 * "indsatsoverblik", "Covid-" + "19", "Social-" + "og sundhed", and links.
 */
const brokenWord = /([\p{L}\d])[-\u2010\u00ad]$/u;
const startsLower = /^\p{Ll}/u;
const startsDigit = /^\d/;
/**
 * Words after which a trailing hyphen is the Danish "Social- og sundhed".
 * Not "som" nor "til": they end too many words a line break splits
 * ("opmærk-" + "som", "ind-" + "til").
 */
const keepsHyphenBefore = new Set(['og', 'eller', 'samt']);
/** A PDF leaves at most a blank line or two between the halves. */
const maxGap = 2;

export function joinBrokenWords(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  const consumed = new Set<number>();
  for (let index = 0; index < lines.length; index += 1) {
    if (consumed.has(index)) continue;
    let current = lines[index]!;
    let from = index;
    for (;;) {
      const text = current.text.trimEnd();
      const broken = brokenWord.exec(text);
      if (broken === null) break;
      let next = from + 1;
      while (next < lines.length && next - from <= maxGap && isBlank(lines[next]!)) next += 1;
      const following = lines[next];
      if (following === undefined || isBlank(following)) break;
      const rest = following.text.trim();
      const lastToken = text.split(/\s+/).at(-1) ?? '';
      const firstWord = rest.split(/\s+/)[0]!.toLowerCase();
      let joined: string;
      if (lastToken.includes('://')) joined = text + rest;
      else if (startsLower.test(rest) && keepsHyphenBefore.has(firstWord))
        joined = `${text} ${rest}`;
      else if (startsLower.test(rest) && /\p{Ll}/u.test(broken[1]!))
        joined = text.slice(0, -1) + rest;
      else if (startsLower.test(rest) || startsDigit.test(rest)) joined = text + rest;
      else break;
      consumed.add(next);
      from = next;
      current = { ...current, text: joined, marked: current.marked || following.marked };
    }
    result.push(current);
  }
  return result;
}
