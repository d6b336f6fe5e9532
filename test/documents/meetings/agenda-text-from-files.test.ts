import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../src/app/meetings/agenda-import/import-agenda.ts';
import type { ImportedMinutes } from '../../../src/app/meetings/agenda-import/imported-minutes.ts';
import { agendaTextFromDocx } from '../../../src/documents/meetings/agenda-text-from-docx.ts';
import { agendaTextFromPdf } from '../../../src/documents/meetings/agenda-text-from-pdf.ts';
import { asDocx, asPdf, asText, inventedMinutes, pageHeader } from './invented-papers.ts';

/**
 * A Word or PDF file gives the importer the same meeting as the same minutes
 * saved as text: the same items with their kinds and fields, the same
 * attendance, and nothing left unplaced.
 */
const fromText = importAgenda(asText(inventedMinutes));

const textOf = async (read: Promise<{ ok: boolean; value?: string }>): Promise<string> => {
  const result = await read;
  if (!result.ok || result.value === undefined) throw new Error(JSON.stringify(result));
  return result.value;
};

function expectSameMeeting(imported: ImportedMinutes): void {
  expect(imported.unplaced).toEqual([]);
  expect(imported.items).toEqual(fromText.items);
  expect(imported.attendance).toEqual(fromText.attendance);
  expect(imported.meeting).toEqual(fromText.meeting);
}

describe('the invented minutes as text', () => {
  it('are what the Word and PDF files are checked against: three items, all placed', () => {
    expect(fromText.unplaced).toEqual([]);
    expect(fromText.items.map((item) => item.number.join('.'))).toEqual([
      '0.1.1',
      '1.1.1',
      '1.2.1',
    ]);
    expect(fromText.items[0]!.kinds).toEqual(['O', 'D']);
    expect(fromText.items[0]!.fields.bilag).toEqual([
      { number: '0.1.1.A', title: 'Bilag 0.1.1.A – Notat om søgetal' },
      {
        number: '0.1.1.B',
        title: 'Bilag 0.1.1.B – Skolernes svar https://example.org/raad/svar.pdf',
        link: 'https://example.org/raad/svar.pdf',
      },
    ]);
    expect(fromText.attendance.map((group) => group.organisation)).toEqual([
      'DA',
      'FH',
      'sekretariatet',
    ]);
  });
});

describe('an agenda or minutes saved as Word (.docx)', () => {
  it('imports as the same minutes saved as text, its labels bold in the paragraph', async () => {
    const text = await textOf(agendaTextFromDocx(await asDocx(inventedMinutes)));
    const imported = importAgenda(text);
    expect(imported.unplaced).toEqual([]);
    expect(imported.items.map((item) => item.number.join('.'))).toEqual([
      '0.1.1',
      '1.1.1',
      '1.2.1',
    ]);
    expect(imported.attendance).toEqual(fromText.attendance);
    expect(imported.meeting).toEqual(fromText.meeting);
    // Word's link keeps its words as the title, where the text export printed the address after them.
    expect(imported.items[0]!.fields.bilag[1]).toEqual({
      number: '0.1.1.B',
      title: 'Bilag 0.1.1.B – Skolernes svar',
      link: 'https://example.org/raad/svar.pdf',
    });
    const withoutBilag = (minutes: ImportedMinutes) =>
      minutes.items.map((item) => ({ ...item, fields: { ...item.fields, bilag: [] } }));
    expect(withoutBilag(imported)).toEqual(withoutBilag(fromText));
  });

  it('imports the labels of a two-column table as the labels of the text', async () => {
    const text = await textOf(
      agendaTextFromDocx(await asDocx(inventedMinutes, { labels: 'table' })),
    );
    const imported = importAgenda(text);
    expect(imported.unplaced).toEqual([]);
    expect(imported.items.map((item) => item.fields)).toEqual(
      importAgenda(await textOf(agendaTextFromDocx(await asDocx(inventedMinutes)))).items.map(
        (item) => item.fields,
      ),
    );
    expect(text).toContain('**Beslutning** Godkendt.');
  });

  it('marks the headings, so the importer knows them for headings', async () => {
    const text = await textOf(agendaTextFromDocx(await asDocx(inventedMinutes)));
    expect(text).toContain('# 0. TEMA: Unge og uddannelse\n');
    expect(text).toContain('## 1.2.1 Opfølgning på sidste møde (B)\n');
    expect(text).toContain('- Holger Tjørneby\n- Maja Lyngsø (bagland)\n');
  });
});

describe('an agenda or minutes saved as PDF', () => {
  const pdf = asPdf(inventedMinutes, {
    linesPerPage: 24,
    brokenWord: ['erhvervs', 'uddannelserne'],
  });

  it('imports as the same minutes saved as text, over pages with headers, numbers and a broken word', async () => {
    const text = await textOf(agendaTextFromPdf(pdf));
    // What the importer's PDF clean-up is there for is in the text …
    expect(text).toContain('erhvervs-\nuddannelserne');
    expect(text.split(pageHeader).length - 1).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/\n\n2\n/);
    expect(text).toContain('Beslutning Godkendt.');
    // … and none of it reaches the meeting.
    expectSameMeeting(importAgenda(text));
  });

  it('puts a label in the left column and its text in the right on one line', async () => {
    const text = await textOf(agendaTextFromPdf(pdf));
    expect(text).toContain(
      'Indstilling Formandskabet indstiller, at Rådet drøfter, hvordan jobcentrene og skolerne\nkan samarbejde om vejledningen.',
    );
  });
});
