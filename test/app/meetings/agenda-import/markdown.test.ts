import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { fixture, text } from '../fixture-files.ts';

const numbers = (minutes: ReturnType<typeof importAgenda>) =>
  minutes.items.map((item) => item.number.join('.'));

describe('importing a Markdown export', () => {
  const minutes = importAgenda(fixture('markdown-dagsorden.md'));

  it('takes the items from the headings in the body, never twice from the table of contents', () => {
    expect(numbers(minutes)).toEqual(['0.1.1', '0.1.2', '1.1.1']);
    expect(minutes.unplaced).toEqual([]);
  });

  it('splits an item heading run together with the end of the theme heading', () => {
    const [first] = minutes.items;
    expect(first).toMatchObject({
      theme: '0. TEMA: Fremtidens arbejdskraft',
      title: 'Rekruttering i havneerhvervene',
      kinds: ['O', 'D'],
    });
  });

  it('drops **bold** markers wherever they stand', () => {
    expect(minutes.items[0]!.fields.sagenKort?.text).toBe(
      'Havneerhvervene mangler faglærte til nye opgaver.',
    );
    expect(JSON.stringify(minutes)).not.toContain('**');
  });

  it('reads labels as bullets, with and without a colon, and alone on a line with the text below', () => {
    const [first, second, third] = minutes.items;
    expect(first!.fields.indstilling).toBe('Formandskabet indstiller, at Rådet drøfter behovet.');
    expect(first!.fields.beslutning).toBe(
      'Rådet drøftede behovet og bad sekretariatet om et forslag til næste møde.',
    );
    expect(first!.fields.sagsfremstilling).toBe(
      'Havnene i regionen har fået nye ordrer inden for vindmøllelogistik.\nVirksomhederne efterspørger kranførere og svejsere.',
    );
    expect(second!.fields.sagenKort).toEqual({
      label: 'Sagen kort',
      text: 'Flere unge under 25 år er ledige end sidste år.',
    });
    expect(second!.fields.beslutning).toBe('Indstillingen blev godkendt.');
    expect(third!.fields.beslutning).toBe('Taget til efterretning.');
  });

  it('keeps another labelled field (Emner) in its place, and reads the presenters', () => {
    const [first] = minutes.items;
    expect(first!.fields.other).toEqual([
      { label: 'Emner', text: '- Kranførerkurser\n- Svejsecertifikater', after: 4 },
    ]);
    expect(first!.fields.bilag).toEqual([
      { number: '0.1.1', title: 'Bilag 0.1.1 – Branchenotat om havnene' },
    ]);
    expect(first).toMatchObject({
      presentation: true,
      presenters: ['Ida Pælebro', 'Ole Ankerkæde'],
    });
  });

  it('reports an entry of the table of contents that the body has no heading for', () => {
    const missing = importAgenda(text`
      Dagsordenspunkter
      1.1.1 Godkendelse af dagsorden (B) .......... 2
      1.2.1 Økonomi (O) ........................... 3

      - 1.1.1 Godkendelse af dagsorden (B)
      Beslutning Godkendt.
    `);
    expect(numbers(missing)).toEqual(['1.1.1']);
    expect(missing.unplaced).toEqual([{ line: 3, text: '1.2.1 Økonomi (O)' }]);
  });

  it('reads a table of contents of links to the headings (Markdown has no page numbers), never as items', () => {
    const linked = importAgenda(text`
      ## Dagsordenspunkter

      - [1. Orientering](#1-orientering)
        - [1.1.1 Nyt fra formandskabet (O)](#111-nyt-fra-formandskabet-o)
        - [1.2.1 Økonomi (B)](#121-økonomi-b)

      ## 1. Orientering

      ### 1.1.1 Nyt fra formandskabet (O)

      **Beslutning**
      Taget til efterretning.
    `);
    expect(numbers(linked)).toEqual(['1.1.1']);
    expect(linked.unplaced).toEqual([{ line: 5, text: '1.2.1 Økonomi (B)' }]);
  });

  it('reads a heading with a label below as an item even without a kind mark', () => {
    const plain = importAgenda(text`
      2.1 Budget for næste år
      Indstilling: Sekretariatet indstiller, at budgettet godkendes.
    `);
    expect(plain.items[0]).toMatchObject({ title: 'Budget for næste år', kinds: [] });
    expect(plain.items[0]!.fields.indstilling).toBe(
      'Sekretariatet indstiller, at budgettet godkendes.',
    );
  });

  it('joins an entry of the table of contents that wrapped onto a second line', () => {
    const wrapped = importAgenda(text`
      Dagsordenspunkter
      0.1.1 Kompetencer til den grønne omstilling – status
      og ønsker (O+D) ............................. 2

      - 0.1.1 Kompetencer til den grønne omstilling – status og ønsker (O+D)
      Beslutning Drøftet.
    `);
    expect(wrapped.items.map((item) => item.title)).toEqual([
      'Kompetencer til den grønne omstilling – status og ønsker',
    ]);
    expect(wrapped.unplaced).toEqual([]);
  });

  it('reads what an exporter escaped, and a Markdown link as an attachment with its link', () => {
    const escaped = importAgenda(text`
      1\\. Orientering

      ### 1\\.1\\.1 Nyt fra formandskabet \\(O\\)

      - Bilag: [Bilag 1.1.1 – Referat af formandskabsmødet](https://example.org/referat.pdf)
    `);
    expect(escaped.items[0]).toMatchObject({
      number: [1, 1, 1],
      theme: '1. Orientering',
      title: 'Nyt fra formandskabet',
      kinds: ['O'],
    });
    expect(escaped.items[0]!.fields.bilag).toEqual([
      {
        number: '1.1.1',
        title: 'Bilag 1.1.1 – Referat af formandskabsmødet',
        link: 'https://example.org/referat.pdf',
      },
    ]);
  });
});
