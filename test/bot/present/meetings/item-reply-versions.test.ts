import { describe, expect, it } from 'vitest';
import type { ShownMeeting } from '../../../../src/app/meetings/list-meetings.ts';
import type { UseCases } from '../../../../src/app/use-cases.ts';
import {
  meetingNoticePlans,
  type PublishedAgendaView,
} from '../../../../src/bot/present/meetings/meeting-notice-plans.ts';
import type { AgendaItem } from '../../../../src/domain/meetings/agenda-item.ts';
import type { Decision } from '../../../../src/domain/meetings/decision.ts';
import type { MeetingStatus } from '../../../../src/domain/meetings/meeting.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';

const plans = meetingNoticePlans({} as Pick<UseCases, 'showMeeting' | 'describeCouncil'>);
const published = { kind: 'meeting_agenda_published', councilId: 'rar-test', meetingId: 'm0003' };

const anItem = (number: number[]): AgendaItem => ({
  number,
  title: `Punkt ${number.join('.')}`,
  kinds: ['B'],
  presentation: false,
  presenters: [],
  fields: { bilag: [], other: [] },
});
const items = [anItem([1, 1]), anItem([1, 2])];

const decision = (revision: number): Decision => ({
  item: '1.2',
  text: 'Rådet vedtog.',
  noted: false,
  revision,
  recordedBy: revision === 1 ? 'sekretariat' : 'formand',
  recordedAt: '2027-05-20T13:42:00.000Z',
});

const viewOf = (
  decisions: readonly Decision[],
  status: MeetingStatus = 'agenda_published',
): PublishedAgendaView => ({
  council: aCouncil(),
  meeting: {
    meeting: {
      id: 'm0003',
      councilId: 'rar-test',
      title: 'Rådsmøde',
      start: '2027-05-20T13:00',
      end: '2027-05-20T16:00',
      status,
    },
    items,
    attendance: [],
    decisions,
    followUp: [],
  } satisfies ShownMeeting,
});

const versions = (view: PublishedAgendaView) =>
  plans.threadReplies?.(published, view).map((reply) => reply.version) ?? [];

describe("an item's reply is news again when what it shows changes", () => {
  it('a new revision of its decision (the same words, saved by someone else) changes only its version', () => {
    const [first, second] = [versions(viewOf([decision(1)])), versions(viewOf([decision(2)]))];
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
  });

  it('a meeting that stops taking decisions changes every version: the buttons go', () => {
    const open = versions(viewOf([]));
    const approved = versions(viewOf([], 'minutes_approved'));
    expect(approved.every((version, at) => version !== open[at])).toBe(true);
    expect(versions(viewOf([], 'held'))).toEqual(open);
  });
});
