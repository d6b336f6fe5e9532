import { describe, expect, it } from 'vitest';
import type { Council } from '../../../src/domain/council/council.ts';
import { movedTimes, moveMeetingTimes } from '../../../src/domain/meetings/meeting-move.ts';
import type { Meeting } from '../../../src/domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../../src/domain/meetings/meeting-record.ts';
import { meetingInvitation } from '../../../src/documents/meetings/meeting-invitation.ts';

const council: Council = {
  id: 'rar-kyst',
  name: 'RAR Kyst',
  locale: 'da',
  timeZone: 'Europe/Copenhagen',
};
const stamp = new Date('2027-03-01T09:00:00Z');

const meeting: Meeting = {
  id: 'm0007',
  councilId: council.id,
  title: 'Rådsmøde',
  start: '2027-03-25T10:00',
  end: '2027-03-25T13:00',
  place: 'Havnehuset, Kajgade 4',
  onlineLink: 'https://meet.example.org/raadsmoede',
  status: 'agenda_published',
};

const record = (changes: Partial<Meeting> = {}): MeetingRecord => ({
  meeting: { ...meeting, ...changes },
  items: [
    {
      number: [0, 1],
      title: 'Velkomst og godkendelse af dagsorden',
      kinds: ['B'],
      presentation: false,
      presenters: [],
      fields: { bilag: [], other: [] },
    },
    {
      number: [1, 2, 1],
      title: 'Opfølgning på beslutninger fra sidste møde; status og næste skridt for havneområdet',
      kinds: ['O'],
      presentation: false,
      presenters: [],
      fields: { bilag: [], other: [] },
    },
  ],
  attendance: [],
});

/** The event's properties by name, after RFC 5545 line unfolding (CRLF + space continues a line). */
function eventOf(ics: string): Record<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const properties: Record<string, string> = {};
  let inEvent = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') inEvent = true;
    else if (line === 'END:VEVENT') inEvent = false;
    else if (inEvent) {
      const colon = line.indexOf(':');
      properties[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  const method = /\r\nMETHOD:([A-Z]+)\r\n/.exec(ics)?.[1];
  return { ...properties, ...(method === undefined ? {} : { METHOD: method }) };
}

describe('the calendar invitation of a meeting', () => {
  it('is a request with the meeting as UTC instants, its place, link and agenda', () => {
    const event = eventOf(meetingInvitation(council, record(), stamp));
    expect(event).toMatchObject({
      METHOD: 'REQUEST',
      UID: 'm0007@rar-kyst.raadsbot',
      SEQUENCE: '0',
      // 10.00 in Copenhagen in winter time is 09.00 UTC.
      DTSTART: '20270325T090000Z',
      DTEND: '20270325T120000Z',
      DTSTAMP: '20270301T090000Z',
      SUMMARY: 'Rådsmøde – RAR Kyst',
      LOCATION: 'Havnehuset\\, Kajgade 4',
      STATUS: 'CONFIRMED',
    });
    expect(event['DESCRIPTION']).toBe(
      '0.1 Velkomst og godkendelse af dagsorden\\n1.2.1 Opfølgning på beslutninger fra sidste møde\\; status og næste skridt for havneområdet\\n\\nhttps://meet.example.org/raadsmoede',
    );
  });

  it('keeps lines within 75 octets, as calendars expect', () => {
    const ics = meetingInvitation(council, record(), stamp);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('keeps its UID and goes up in SEQUENCE when the meeting moves across summer time', () => {
    const moved = moveMeetingTimes(meeting, movedTimes(meeting, { start: '2027-03-29T10:00' }));
    if (!moved.ok) throw new Error(moved.code);
    const event = eventOf(meetingInvitation(council, record(moved.value), stamp));
    expect(event).toMatchObject({
      UID: 'm0007@rar-kyst.raadsbot',
      SEQUENCE: '1',
      // 10.00 in Copenhagen in summer time is 08.00 UTC.
      DTSTART: '20270329T080000Z',
      DTEND: '20270329T110000Z',
    });
  });

  it('removes the entry from the calendar once the meeting is cancelled', () => {
    const event = eventOf(
      meetingInvitation(council, record({ status: 'cancelled', sequence: 1 }), stamp),
    );
    expect(event).toMatchObject({
      METHOD: 'CANCEL',
      STATUS: 'CANCELLED',
      UID: 'm0007@rar-kyst.raadsbot',
      SEQUENCE: '2',
    });
  });
});
