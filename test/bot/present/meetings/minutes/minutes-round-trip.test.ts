import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../../../src/app/meetings/agenda-import/import-agenda.ts';
import type { ImportedMinutes } from '../../../../../src/app/meetings/agenda-import/imported-minutes.ts';
import { attendanceInMinutesOrder } from '../../../../../src/bot/present/meetings/minutes/minutes-attendance.ts';
import { minutesMarkdown } from '../../../../../src/bot/present/meetings/minutes/minutes-markdown.ts';
import type { MinutesSource } from '../../../../../src/bot/present/meetings/minutes/minutes-source.ts';
import { fixture, seedDocument } from '../../../../app/meetings/fixture-files.ts';
import { inventedMeeting } from './invented-meeting.ts';
import { generatedMeeting } from './meeting-arbitraries.ts';

/**
 * import → referat (Markdown) → import gives the same items (numbers,
 * titles, kinds, presenters, fields), decisions and attendance. The referat
 * prints the attendance in the minutes' order, so that order is compared.
 */
const roundTrip = (minutes: MinutesSource): ImportedMinutes =>
  importAgenda(minutesMarkdown(minutes));

/** The items without their theme: "0.1 TEMA – … (O+D)." comes back as printed, without the PDF's full stop. */
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

describe('the referat read back by the importer', () => {
  it('gives the 2021 sample (../shared/seeds/) its items, decisions and attendance again', () => {
    const sample = importAgenda(seedDocument('rar-nordjylland-referat-2021-01-20.txt'));
    expect(sample.items.length).toBeGreaterThan(20);
    expectSameMinutes(sample, roundTrip(sample));
  });

  it('keeps the theme headings of the sample ("1. Rådets interne fokus …")', () => {
    const sample = importAgenda(seedDocument('rar-nordjylland-referat-2021-01-20.txt'));
    const themes = (minutes: MinutesSource) =>
      minutes.items.map((item) => (/^\d\.\s/.test(item.theme ?? '') ? item.theme : undefined));
    expect(themes(roundTrip(sample))).toEqual(themes(sample));
  });

  it.each(['markdown-dagsorden.md', 'pdf-referat.txt'])('gives the fixture %s again', (name) => {
    const imported = importAgenda(fixture(name));
    const again = roundTrip(imported);
    expectSameMinutes(imported, again);
    expect(again.items.map((item) => item.theme)).toEqual(imported.items.map((item) => item.theme));
  });

  it('gives the invented meeting of the golden files again, themes and all', () => {
    const again = roundTrip(inventedMeeting);
    expectSameMinutes(inventedMeeting, again);
    expect(again.items).toEqual(inventedMeeting.items);
  });

  it('gives any realistic generated meeting again, themes and all', () => {
    fc.assert(
      fc.property(generatedMeeting, (meeting) => {
        const again = roundTrip(meeting);
        expectSameMinutes(meeting, again);
        expect(again.items).toEqual(meeting.items);
      }),
      { numRuns: 150 },
    );
  });
});
