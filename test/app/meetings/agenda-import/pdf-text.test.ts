import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { joinBrokenWords } from '../../../../src/app/meetings/agenda-import/hyphenation.ts';
import { fixture, text } from '../fixture-files.ts';

const item = (minutes: ReturnType<typeof importAgenda>, number: string) =>
  minutes.items.find((candidate) => candidate.number.join('.') === number);

describe('importing text a PDF gave', () => {
  const minutes = importAgenda(fixture('pdf-referat.txt'));

  it('joins words broken over two lines, also across a blank line', () => {
    const first = item(minutes, '0.1.1')!;
    expect(first.fields.sagenKort?.text).toContain('den grønne omstilling.');
    expect(first.fields.beslutning).toContain('landbrug som fokusområder');
    expect(first.fields.sagsfremstilling).toContain('melder om ventelister');
    expect(first.fields.bilag[1]?.title).toBe(
      'Bilag 0.1.1.B – Notat om undervisermangel på erhvervsskolerne',
    );
  });

  it('joins a word whose second half is "som" or "til": "opmærk-" + "som", "ind-" + "til"', () => {
    const lines = [
      'Sekretariatet gør opmærk-',
      'som på behovet, og venter ind-',
      'til næste møde.',
    ].map((line, index) => ({ line: index + 1, text: line, marked: false }));
    expect(joinBrokenWords(lines).map((line) => line.text)).toEqual([
      'Sekretariatet gør opmærksom på behovet, og venter indtil næste møde.',
    ]);
  });

  it('keeps the hyphen that belongs to the word: "social- og", "Covid-19", a link', () => {
    const second = item(minutes, '0.1.2')!;
    expect(second.fields.indstilling).toContain('for social- og sundhedshjælpere');
    expect(second.fields.sagsfremstilling).toContain('Covid-19-erfaringerne');
    expect(item(minutes, '0.1.1')!.fields.sagsfremstilling).toContain(
      'https://example.org/raad/groen-omstilling.pdf',
    );
  });

  it('leaves out the running page header, the bare page numbers and the links a page repeats', () => {
    const everything = JSON.stringify(minutes.items);
    expect(everything).not.toContain('Referat af RAR Vesterhavets møde');
    expect(item(minutes, '0.1.1')!.fields.sagsfremstilling?.match(/https:/g)).toHaveLength(1);
    expect(item(minutes, '0.1.1')!.fields.bilag).toHaveLength(2);
    expect(minutes.unplaced).toEqual([]);
  });

  it('reads labels in a left column, the text starting on the same line', () => {
    const first = item(minutes, '0.1.1')!;
    expect(first.fields.sagenKort).toEqual({
      label: 'Anledning',
      text: expect.stringMatching(/^Rådet har bedt om et samlet overblik/),
    });
    expect(first.fields.indstilling).toMatch(/^Formandskabet indstiller, at Rådet drøfter/);
  });

  it('keeps a label word inside a later field as text ("Beslutning om …" in a Sagsfremstilling)', () => {
    const first = item(minutes, '0.1.1')!;
    expect(first.fields.sagsfremstilling).toContain('Beslutning om fordeling af midler');
    expect(first.fields.beslutning).not.toContain('fordeling af midler');
  });

  it('takes the council and the date from the running header when the minutes have no header of their own', () => {
    expect(minutes.meeting).toMatchObject({
      council: 'RAR Vesterhavet',
      date: '2024-03-14',
      endedAt: '2024-03-14T15:45',
    });
  });

  it('reads "Ingen bilag til punktet." as no attachments', () => {
    expect(item(minutes, '0.1.2')!.fields.bilag).toEqual([]);
  });

  it('does not join a hyphen to a line that starts with a capital', () => {
    const minutes = importAgenda(text`
      - 1.1.1 Punkt (O)
      Sagsfremstilling Listen over temaer:
      Uddannelse -
      Beskæftigelse
    `);
    expect(minutes.items[0]!.fields.sagsfremstilling).toBe(
      'Listen over temaer:\nUddannelse -\nBeskæftigelse',
    );
  });

  it('reads an item heading that wrapped, its kind mark on the next line', () => {
    const wrapped = importAgenda(text`
      - 2.1.1 Positivliste (regionale uddannelsespulje) – stillingsbetegnelser
      april 2021 (B)

      Anledning RAR skal godkende en positivliste.
    `);
    expect(wrapped.items[0]).toMatchObject({
      title: 'Positivliste (regionale uddannelsespulje) – stillingsbetegnelser april 2021',
      kinds: ['B'],
    });
    expect(wrapped.unplaced).toEqual([]);
  });
});
