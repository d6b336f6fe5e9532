/**
 * A PDF page's text as lines, from the pieces of text pdf.js finds and where
 * they stand. Pieces on the same baseline make one line, left to right, with
 * a space where there is a gap between them (so a label in the left column
 * and its text in the right come out as "Beslutning Rådet kvitterede …");
 * a gap between lines wider than the usual line spacing is a blank line.
 * That is the layout the text importer already cleans up (page headers and
 * numbers, broken words, left-column labels).
 */
export interface TextPiece {
  readonly text: string;
  /** The baseline's start, in points from the page's bottom left. */
  readonly x: number;
  readonly y: number;
  /** How far the piece reaches to the right, in points. */
  readonly width: number;
  /** The font's size, in points. */
  readonly size: number;
}

interface Line {
  readonly y: number;
  readonly size: number;
  readonly pieces: TextPiece[];
}

/** Pieces whose baselines differ by less than this share of the font size are on one line. */
const sameLineShare = 0.4;
/** A gap wider than this share of the font size is a space between words. */
const wordGapShare = 0.15;
/** Lines further apart than this many font sizes have a blank line between them. */
const paragraphGapFactor = 1.7;

function linesOf(pieces: readonly TextPiece[]): Line[] {
  const sorted = pieces.filter((piece) => piece.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const last = lines.at(-1);
    const size = Math.max(piece.size, 1);
    if (
      last !== undefined &&
      Math.abs(last.y - piece.y) < sameLineShare * Math.max(size, last.size)
    )
      last.pieces.push(piece);
    else lines.push({ y: piece.y, size, pieces: [piece] });
  }
  return lines;
}

function lineText({ pieces }: Line): string {
  let text = '';
  let reached = Number.NEGATIVE_INFINITY;
  for (const piece of [...pieces].sort((a, b) => a.x - b.x)) {
    const gap = piece.x - reached;
    const spaced = /\s$/.test(text) || /^\s/.test(piece.text);
    if (text !== '' && !spaced && gap > wordGapShare * Math.max(piece.size, 1)) text += ' ';
    text += piece.text;
    reached = Math.max(reached, piece.x + piece.width);
  }
  return text.trimEnd();
}

/** One page's text, its lines top to bottom. */
export function pageText(pieces: readonly TextPiece[]): string {
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of linesOf(pieces)) {
    if (previous !== undefined) {
      const spacing = previous.y - line.y;
      if (spacing > paragraphGapFactor * Math.max(previous.size, line.size)) out.push('');
    }
    out.push(lineText(line));
    previous = line;
  }
  return out.join('\n');
}

/** The pages one after another, a blank line between them, as a PDF-to-text export gives. */
export const documentText = (pages: readonly (readonly TextPiece[])[]): string =>
  pages.map(pageText).join('\n\n');
