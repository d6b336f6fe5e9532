import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { seedDocument, text } from '../fixture-files.ts';

describe('text the importer cannot place', () => {
  it('is reported with its line number, never dropped', () => {
    const minutes = importAgenda(text`
      Velkommen til mødet, husk kaffen.
      - 1.1.1 Godkendelse af referat (B)
      En linje før noget felt.
      Beslutning Godkendt.
    `);
    expect(minutes.unplaced).toEqual([
      { line: 1, text: 'Velkommen til mødet, husk kaffen.' },
      { line: 3, text: 'En linje før noget felt.' },
    ]);
    expect(minutes.items[0]!.fields.beslutning).toBe('Godkendt.');
  });

  it('keeps a numbered list inside a field as text, not as themes or items', () => {
    const minutes = importAgenda(text`
      - 0.1.1 Prioriteringer (B)
      Indstilling Det indstilles, at Rådet prioriterer:
      1. Bygge og anlæg
      2. Industri
      Beslutning Tiltrådt.
      - 0.1.2 Næste punkt (O)
      Sagsfremstilling Udbetalingen var 4.117 kr. og 2.4 mio. i alt.
      4.117 1.561 2.287
    `);
    expect(minutes.items.map((item) => item.number.join('.'))).toEqual(['0.1.1', '0.1.2']);
    expect(minutes.items[0]!.fields.indstilling).toBe(
      'Det indstilles, at Rådet prioriterer:\n1. Bygge og anlæg\n2. Industri',
    );
    expect(minutes.items[1]!.fields.sagsfremstilling).toContain('4.117 1.561 2.287');
  });

  it('turns a theme with fields of its own into an item', () => {
    const minutes = importAgenda(text`
      4. Borgere på kanten
      Anledning: Rådet følger langtidsledigheden.
      - 4.1.1 Data om langtidsledighed (D)
      Beslutning Taget til efterretning.
    `);
    expect(minutes.items.map((item) => [item.number.join('.'), item.theme ?? null])).toEqual([
      ['4', null],
      ['4.1.1', '4. Borgere på kanten'],
    ]);
    expect(minutes.items[0]!.fields.sagenKort?.text).toBe('Rådet følger langtidsledigheden.');
  });

  it('answers an empty text with nothing at all', () => {
    expect(importAgenda('')).toEqual({ meeting: {}, items: [], attendance: [], unplaced: [] });
  });

  it('reads a plain agenda whose headings carry no marks, each with a label below', () => {
    const plain = importAgenda(text`
      1. Orientering
      1.1 Nyt fra sekretariatet
      Anledning: Sekretariatet orienterer.
      1.2 Nyt fra formandskabet
      Anledning: Formandskabet orienterer.
    `);
    expect(plain.items.map((item) => [item.number.join('.'), item.theme])).toEqual([
      ['1.1', '1. Orientering'],
      ['1.2', '1. Orientering'],
    ]);
    expect(plain.unplaced).toEqual([]);
  });

  it('reports every line of a document that is no agenda (a council strategy)', () => {
    const strategy = seedDocument('rar-nordjylland-strategi.txt');
    const minutes = importAgenda(strategy);
    // Compared word for word: the importer reads a no-break space as a space.
    const words = (text: string) => text.split(/\s+/u).filter((word) => word !== '');
    const lines = strategy
      .split('\n')
      .map((line, index) => ({ line: index + 1, words: words(line) }))
      .filter((line) => line.words.length > 0);
    expect(minutes.items).toEqual([]);
    expect(minutes.unplaced.map(({ line, text }) => ({ line, words: words(text) }))).toEqual(lines);
  });
});
