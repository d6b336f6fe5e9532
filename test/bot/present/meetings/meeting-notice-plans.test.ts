import { describe, expect, it } from 'vitest';
import type { ShownMeeting } from '../../../../src/app/meetings/list-meetings.ts';
import type { UseCases } from '../../../../src/app/use-cases.ts';
import {
  meetingNoticePlans,
  type PublishedAgendaView,
} from '../../../../src/bot/present/meetings/meeting-notice-plans.ts';
import type { AgendaItem } from '../../../../src/domain/meetings/agenda-item.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';

const plans = meetingNoticePlans(
  {} as Pick<UseCases, 'showMeeting' | 'describeCouncil' | 'invitationLink'>,
);
const published = { kind: 'meeting_agenda_published', councilId: 'rar-test', meetingId: 'm0003' };

const anItem = (number: number[], title: string): AgendaItem => ({
  number,
  title,
  kinds: ['B'],
  presentation: false,
  presenters: [],
  fields: { bilag: [], other: [] },
});

const viewOf = (items: readonly AgendaItem[]): PublishedAgendaView => ({
  council: aCouncil(),
  meeting: {
    meeting: {
      id: 'm0003',
      councilId: 'rar-test',
      title: 'Rådsmøde',
      start: '2027-05-20T13:00',
      end: '2027-05-20T16:00',
      status: 'agenda_published',
    },
    items,
    attendance: [],
    decisions: [],
    followUp: [],
  } satisfies ShownMeeting,
});

describe("a meeting's notice plans", () => {
  it("post the published agenda as the meeting's overview, once, and update it after that", () => {
    expect(plans.handles(published)).toBe(true);
    expect(plans.plan(published)).toEqual({
      to: 'subject',
      subject: 'meeting:m0003',
      whenUnposted: 'open',
    });
  });

  it('leave the reminders to a later step: no plan handles them yet', () => {
    expect(
      plans.handles({
        kind: 'meeting_reminder',
        councilId: 'rar-test',
        meetingId: 'm0003',
        reminderKey: 'day-before',
        sequence: 0,
      } as never),
    ).toBe(false);
    expect(plans.handles({ kind: 'hearing_opened', councilId: 'rar-test' })).toBe(false);
  });

  it('keep one reply per agenda item in the thread, in agenda order', () => {
    const replies = plans.threadReplies?.(
      published,
      viewOf([anItem([1, 1], 'Velkomst'), anItem([1, 2], 'Budget'), anItem([2], 'Tema')]),
    );
    expect(replies?.map((reply) => reply.key)).toEqual(['item:1.1', 'item:1.2', 'item:2']);
  });

  it('give an item a new version only when what it shows changed, so only its reply is updated', () => {
    const before = [anItem([1, 1], 'Velkomst'), anItem([1, 2], 'Budget')];
    const decided: AgendaItem = {
      ...before[1]!,
      fields: { ...before[1]!.fields, beslutning: 'Godkendt.' },
    };
    const [first, second] = plans.threadReplies?.(published, viewOf(before)) ?? [];
    const [firstAfter, secondAfter] =
      plans.threadReplies?.(published, viewOf([before[0]!, decided])) ?? [];
    expect(firstAfter?.version).toBe(first?.version);
    expect(secondAfter?.version).not.toBe(second?.version);
  });

  it('keep two items the agenda numbers alike apart', () => {
    const keys = plans
      .threadReplies?.(published, viewOf([anItem([3, 1], 'Et'), anItem([3, 1], 'Andet')]))
      ?.map((reply) => reply.key);
    expect(new Set(keys).size).toBe(2);
  });
});
