import fc from 'fast-check';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../src/app/meetings/agenda-import/import-agenda.ts';
import type { ImportedMinutes } from '../../../src/app/meetings/agenda-import/imported-minutes.ts';
import { headingsOf } from '../../../src/bot/present/meetings/minutes/item-headings.ts';
import { attendanceInMinutesOrder } from '../../../src/bot/present/meetings/minutes/minutes-attendance.ts';
import type { MinutesSource } from '../../../src/bot/present/meetings/minutes/minutes-source.ts';
import { agendaTextFromDocx } from '../../../src/documents/meetings/agenda-text-from-docx.ts';
import { minutesDocx } from '../../../src/documents/meetings/minutes-docx.ts';
import { seedDocument } from '../../app/meetings/fixture-files.ts';
import { inventedMeeting } from '../../bot/present/meetings/minutes/invented-meeting.ts';
import { generatedMeeting } from '../../bot/present/meetings/minutes/meeting-arbitraries.ts';

/**
 * The referat as Word, opened with mammoth as Word's reader would: the text
 * of every item and field is there, the themes are Heading 1 and the items
 * Heading 2 in the meeting's order, and importing the document again gives
 * the same items, kinds, decisions and attendance (the round trip through Word).
 */
const htmlOf = async (minutes: MinutesSource, locale: 'da' | 'en' = 'da') =>
  (await mammoth.convertToHtml({ buffer: await minutesDocx(minutes, locale) })).value;

/** The h1 and h2 of the document, in order, as "h1 …" / "h2 …". */
const headingsIn = (html: string): string[] =>
  [...html.matchAll(/<h([1-6])>(?:<a id="[^"]*"><\/a>)*([^<]*)<\/h\1>/g)].map(
    ([, level, text]) => `h${level} ${text}`,
  );

/** What the HTML says, its tags gone and its entities read, for looking for a field's words. */
const plainText = (html: string): string =>
  html
    .replace(/<br \/>|<\/p>|<\/li>|<\/h\d>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

async function throughWord(minutes: MinutesSource): Promise<ImportedMinutes> {
  const text = await agendaTextFromDocx(await minutesDocx(minutes));
  if (!text.ok) throw new Error(JSON.stringify(text));
  return importAgenda(text.value);
}

const withoutTheme = (minutes: MinutesSource) =>
  minutes.items.map(({ theme: _theme, ...item }) => item);
const decisions = (minutes: MinutesSource) =>
  minutes.items.map((item) => [item.number.join('.'), item.fields.beslutning]);

function expectSameMinutes(before: MinutesSource, after: ImportedMinutes): void {
  expect(after.unplaced).toEqual([]);
  expect(withoutTheme(after)).toEqual(withoutTheme(before));
  expect(decisions(after)).toEqual(decisions(before));
  expect(after.attendance).toEqual(attendanceInMinutesOrder(before.attendance));
  expect(after.meeting).toEqual(before.meeting);
}

describe('the referat as a Word document', () => {
  it('has the themes as Heading 1 and the items as Heading 2, in the meeting’s order', async () => {
    const html = await htmlOf(inventedMeeting);
    const expected = headingsOf('da', inventedMeeting.items).map((heading) =>
      heading.kind === 'theme' || heading.item.number.length === 1
        ? `h1 ${heading.text}`
        : `h2 ${heading.text}`,
    );
    expect(headingsIn(html)).toEqual(expected);
    expect(expected).toContain('h2 0.1.1 Fælles indsats for unge ledige (B)');
  });

  it('holds the text of every item and field, with the labels in bold and the Bilag as a list with links', async () => {
    const html = await htmlOf(inventedMeeting);
    const text = plainText(html);
    for (const item of inventedMeeting.items) {
      expect(text).toContain(item.title);
      const { sagenKort, indstilling, beslutning, sagsfremstilling, bilag, other } = item.fields;
      for (const field of [sagenKort?.text, indstilling, beslutning, sagsfremstilling])
        for (const line of field?.split('\n') ?? [])
          expect(text).toContain(line.replace(/^- /, ''));
      for (const attachment of bilag) expect(text).toContain(attachment.title);
      for (const field of other) expect(text).toContain(field.label);
    }
    expect(html).toContain('<strong>Beslutning</strong>');
    // A field's own list stays in its paragraph; the Bilag and the attendance are Word lists.
    expect(html).toContain(
      '<strong>Emner:</strong> - Kranførerkurser<br />- Svejsecertifikater</p>',
    );
    expect(html).toContain(
      '<li><a href="https://example.org/bilag/kranfoerer.pdf">Bilag 0.1.B – Kort om kranførerkurser</a></li>',
    );
    expect(text).toContain('Mødet sluttede kl. 15.50');
    expect(text).toContain('På mødet deltog:');
  });

  it('has the header and a table of contents before the items', async () => {
    const text = plainText(await htmlOf(inventedMeeting));
    expect(text.indexOf('RAR Kystlandet')).toBe(0);
    expect(text).toContain('Referat af Rådsmøde\nden 28. september 2023, kl. 13.00 til 16.00');
    const contents = text.indexOf('Dagsordenspunkter');
    const firstEntry = text.indexOf('0.1.1 Fælles indsats for unge ledige (B)');
    expect(contents).toBeGreaterThan(0);
    expect(firstEntry).toBeGreaterThan(contents);
    // The entry comes again as the item's heading further down.
    expect(
      text.indexOf('0.1.1 Fælles indsats for unge ledige (B)', firstEntry + 1),
    ).toBeGreaterThan(firstEntry);
  });

  it('is in English for an English council, in the same structure', async () => {
    const html = await htmlOf(inventedMeeting, 'en');
    expect(html).toContain('<strong>Decision (Beslutning)</strong>');
    expect(html).toContain('<strong>Agenda items</strong>');
    expect(headingsIn(html)).toEqual(
      headingsIn(await htmlOf(inventedMeeting)).map((h) => h.replace('Oplæg', 'Presentation')),
    );
  });
});

describe('the referat read back from Word by the importer', () => {
  it('gives the 2021 sample (../shared/seeds/) its items, kinds, decisions and attendance again', async () => {
    const sample = importAgenda(seedDocument('rar-nordjylland-referat-2021-01-20.txt'));
    expect(sample.items.length).toBeGreaterThan(20);
    const again = await throughWord(sample);
    expectSameMinutes(sample, again);
    expect(again.items.map((item) => item.kinds)).toEqual(sample.items.map((item) => item.kinds));
  });

  it('gives the invented meeting again, themes and all', async () => {
    const again = await throughWord(inventedMeeting);
    expectSameMinutes(inventedMeeting, again);
    expect(again.items).toEqual(inventedMeeting.items);
  });

  it('gives any realistic generated meeting again', async () => {
    await fc.assert(
      fc.asyncProperty(generatedMeeting, async (meeting) => {
        const again = await throughWord(meeting);
        expectSameMinutes(meeting, again);
        expect(again.items).toEqual(meeting.items);
      }),
      { numRuns: 25 },
    );
  });
});
