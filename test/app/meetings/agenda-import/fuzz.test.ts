import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { compareAgendaNumbers } from '../../../../src/domain/meetings/agenda-number.ts';
import { fixture, seedDocument } from '../fixture-files.ts';

/** What every import answers, whatever it is given. */
function expectWellFormed(input: string): void {
  const minutes = importAgenda(input);
  const lineCount = input.split(/\r\n?|\n/).length;
  for (const { line, text } of minutes.unplaced) {
    expect(Number.isInteger(line) && line >= 1 && line <= lineCount).toBe(true);
    expect(typeof text).toBe('string');
  }
  const lines = minutes.unplaced.map(({ line }) => line);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
  minutes.items.forEach((item, index) => {
    if (index > 0)
      expect(compareAgendaNumbers(minutes.items[index - 1]!.number, item.number)).toBeLessThan(0);
  });
  expect(() => JSON.stringify(minutes)).not.toThrow();
}

/** Pieces of real minutes' layout, so random text often looks like the real thing. */
const pieces = [
  '- 0.1.1 Titel på punkt (B)',
  '0.1 TEMA – Noget (O+D).',
  '1. Rådets interne fokus',
  '0. TEMA: Grøn omstilling 0.1.1 Punkt (O)',
  '## 2.1.1 **Punkt** (Oplæg + D)',
  'Anledning Rådet har bedt om et overblik.',
  'Beslutning',
  '- **Indstilling:** Det indstilles, at …',
  'Bilag Bilag 1.1.1 – Notat',
  'Ingen bilag til punktet.',
  'Emner:',
  'Oplægsholder: Navn Navnesen',
  'Dagsordenspunkter',
  '1.1.1 Punkt (B) ........ 3',
  'te-',
  'madrøftelser',
  '',
  '3',
  'https://example.org/a-',
  'b.pdf',
  'Mødet sluttede kl. 16.15',
  'Mødet sluttede kl. 99.99',
  'På mødet deltog:',
  '•DA - Navn Navnesen (bagland)',
  'Fra FH: A, B og C',
  'Tilforordnede:',
  'den 28. september 2023, kl. 13.00 til 16.00',
  'den 31. februar 2023, kl. 25.00',
  'Sted: Et sted',
  '(((',
  '**',
  '\f',
  '\r',
];

const layoutText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 40 })), { maxLength: 60 })
  .map((lines) => lines.join('\n'));

const documents = [
  fixture('pdf-referat.txt'),
  fixture('markdown-dagsorden.md'),
  seedDocument('rar-nordjylland-referat-2021-01-20.txt'),
];

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 30 })).map(([at, count]): Mutation => (lines) => {
    const copy = [...lines];
    copy.splice(at % (lines.length + 1), count);
    return copy;
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (lines) => {
    const copy = [...lines];
    const i = a % Math.max(1, copy.length);
    const j = b % Math.max(1, copy.length);
    [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
    return copy;
  }),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 30 })),
    )
    .map(([at, line]): Mutation => (lines) => {
      const copy = [...lines];
      copy.splice(at % (lines.length + 1), 0, line);
      return copy;
    }),
  fc.tuple(fc.nat(), fc.nat()).map(([at, cut]): Mutation => (lines) => {
    const copy = [...lines];
    const i = at % Math.max(1, copy.length);
    copy[i] = (copy[i] ?? '').slice(0, cut % 80);
    return copy;
  }),
);

describe('the importer on any input', () => {
  it('never crashes on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (input) =>
        expectWellFormed(input),
      ),
      { numRuns: 200 },
    );
  });

  it('never crashes on text built from the layout of minutes', () => {
    fc.assert(
      fc.property(layoutText, (input) => expectWellFormed(input)),
      { numRuns: 300 },
    );
  });

  it('never crashes on mutated minutes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (document, mutations) =>
          expectWellFormed(
            mutations.reduce((lines, mutate) => mutate(lines), document.split('\n')).join('\n'),
          ),
      ),
      { numRuns: 150 },
    );
  });
});

/** Lower-case words that are no label, no heading and no marker. */
const word = fc.constantFrom(
  'rådet',
  'drøfter',
  'indsatsen',
  'på',
  'mødet',
  'kommunerne',
  'data',
  'og',
  'viden',
  'året',
);
const sentence = fc
  .array(word, { minLength: 1, maxLength: 12 })
  .map((words) => `${words.join(' ')}.`);
const paragraph = fc
  .array(sentence, { minLength: 1, maxLength: 3 })
  .map((lines) => lines.join('\n'));
const titleWord = fc.constantFrom('Status', 'Positivliste', 'Budget', 'Orientering', 'Analyse');
const kinds = fc.subarray(['B', 'D', 'O'] as const, { minLength: 1 });
const generatedItem = fc.record({
  title: fc
    .tuple(titleWord, fc.array(word, { maxLength: 5 }))
    .map(([first, rest]) => [first, ...rest].join(' ')),
  kinds,
  anledning: paragraph,
  indstilling: fc.option(paragraph, { nil: undefined }),
  beslutning: fc.option(paragraph, { nil: undefined }),
  sagsfremstilling: fc.option(paragraph, { nil: undefined }),
});

describe('minutes written in the sample layout', () => {
  it('give back every item with its number, title, kinds and fields, and nothing unplaced', () => {
    fc.assert(
      fc.property(fc.array(generatedItem, { minLength: 1, maxLength: 12 }), (items) => {
        const numbered = items.map((item, index) => ({
          ...item,
          number: `${Math.floor(index / 4) + 1}.${(index % 4) + 1}.1`,
        }));
        const themes = new Set<number>();
        const text = numbered
          .flatMap((item) => {
            const theme = Number(item.number.split('.')[0]);
            const heading = themes.has(theme) ? [] : [`${theme}. Tema nummer ${theme}`, ''];
            themes.add(theme);
            return [
              ...heading,
              `- ${item.number} ${item.title} (${item.kinds.join('+')})`,
              '',
              `Anledning ${item.anledning}`,
              ...(item.indstilling ? [`Indstilling ${item.indstilling}`] : []),
              ...(item.beslutning ? [`Beslutning ${item.beslutning}`] : []),
              ...(item.sagsfremstilling ? [`Sagsfremstilling ${item.sagsfremstilling}`] : []),
              '',
            ];
          })
          .join('\n');
        const minutes = importAgenda(text);
        expect(minutes.unplaced).toEqual([]);
        expect(
          minutes.items.map((item) => ({
            number: item.number.join('.'),
            title: item.title,
            kinds: item.kinds,
            anledning: item.fields.sagenKort?.text,
            indstilling: item.fields.indstilling,
            beslutning: item.fields.beslutning,
            sagsfremstilling: item.fields.sagsfremstilling,
          })),
        ).toEqual(numbered);
      }),
      { numRuns: 200 },
    );
  });
});
