import type { AgendaItem, ItemKind } from '../../../src/domain/meetings/agenda-item.ts';
import type { Meeting } from '../../../src/domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../../src/domain/meetings/meeting-record.ts';

/** An item numbered "2.1" (etc.) of the given kinds, with an Indstilling and perhaps a Beslutning. */
export function anItem(number: string, kinds: ItemKind[], beslutning?: string): AgendaItem {
  return {
    number: number.split('.').map(Number),
    title: `Punkt ${number}`,
    kinds,
    presentation: false,
    presenters: [],
    fields: {
      indstilling: 'Formandskabet indstiller, at Rådet godkender oplægget.',
      ...(beslutning === undefined ? {} : { beslutning }),
      bilag: [],
      other: [],
    },
  };
}

/**
 * A Rådsmøde on 3 December 2026 with a B item 2.1, an O item 3.1, a D item
 * 4.1 and a B+O item 5.1 whose imported referat already has a Beslutning.
 */
export function aMeetingWithItems(meeting: Partial<Meeting> = {}): MeetingRecord {
  return {
    meeting: {
      id: 'm0001',
      councilId: 'rar-test',
      title: 'Rådsmøde',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
      status: 'held',
      ...meeting,
    },
    items: [
      anItem('2.1', ['B']),
      anItem('3.1', ['O']),
      anItem('4.1', ['D']),
      anItem('5.1', ['B', 'O'], 'Rådet godkendte planen.'),
    ],
    attendance: [],
  };
}
