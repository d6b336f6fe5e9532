import { describe, expect, it } from 'vitest';
import {
  documentText,
  pageText,
  type TextPiece,
} from '../../../src/documents/meetings/pdf-text-lines.ts';

/** A piece of 11-point text whose width is about what Helvetica gives it. */
const piece = (x: number, y: number, text: string, size = 11): TextPiece => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});

describe('lines rebuilt from where a PDF page has its text', () => {
  it('puts a label in the left column and its text in the right on one line', () => {
    expect(
      pageText([piece(200, 700, 'Rådet kvitterede for oplægget.'), piece(70, 700, 'Beslutning')]),
    ).toBe('Beslutning Rådet kvitterede for oplægget.');
  });

  it('joins pieces of one word without a space, and words with one', () => {
    const word = [piece(70, 700, 'Indstil'), { ...piece(0, 700, 'ling'), x: 70 + 7 * 5.5 }];
    expect(pageText(word)).toBe('Indstilling');
    expect(pageText([piece(70, 700, 'Godkendt'), piece(70 + 8 * 5.5 + 3, 700, 'uden')])).toBe(
      'Godkendt uden',
    );
  });

  it('reads lines top to bottom, a wider gap than the line spacing as a blank line', () => {
    expect(
      pageText([
        piece(70, 600, 'tredje'),
        piece(70, 686, 'andet'),
        piece(70, 700, 'første'),
        piece(290, 40, '3', 9),
      ]),
    ).toBe('første\nandet\n\ntredje\n\n3');
  });

  it('keeps a piece a little above or below the baseline (a superscript, a different font) on its line', () => {
    expect(pageText([piece(70, 700, 'Covid-19'), piece(120, 702, 'a', 7)])).toBe('Covid-19 a');
  });

  it('puts a blank line between pages and gives nothing for a page without text', () => {
    expect(documentText([[piece(70, 700, 'side et')], [], [piece(70, 700, 'side tre')]])).toBe(
      'side et\n\n\n\nside tre',
    );
  });
});
