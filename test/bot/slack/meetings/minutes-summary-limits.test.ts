import { describe, expect, it } from 'vitest';
import type { ShownMeeting } from '../../../../src/app/meetings/list-meetings.ts';
import type { MinutesView } from '../../../../src/bot/present/meetings/minutes-notice-plans.ts';
import { minutesSummaryMessage } from '../../../../src/bot/slack/meetings/minutes-summary-message.ts';
import { minutesSummaryCard } from '../../../../src/bot/teams/meetings/minutes-cards.ts';
import type { AgendaItem } from '../../../../src/domain/meetings/agenda-item.ts';
import type { Meeting } from '../../../../src/domain/meetings/meeting.ts';
import { aCouncil, rosterWith } from '../../../fakes/council-mother.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';
import { createAdaptiveCardValidator } from '../../../support/validate-json-schema.ts';

const meeting: Meeting = {
  id: 'm0007',
  councilId: 'rar-test',
  title: 'Rådsmøde',
  start: '2027-05-20T13:00',
  end: '2027-05-20T16:00',
  status: 'minutes_sent',
};

const anItem = (index: number, decision: string): AgendaItem => ({
  number: [1 + Math.floor(index / 10), index % 10],
  title: `Punkt med en lang titel om beskæftigelsesindsatsen i regionen ${'og mere '.repeat(10)}`,
  kinds: ['B'],
  presentation: false,
  presenters: [],
  fields: { bilag: [], other: [], beslutning: decision },
});

function viewWith(
  items: readonly AgendaItem[],
  status: Meeting['status'] = 'minutes_sent',
): MinutesView {
  const roster = rosterWith({ members: 4 });
  const shown: ShownMeeting = {
    meeting: { ...meeting, status },
    items,
    attendance: [],
    decisions: [],
    followUp: [],
  };
  return {
    council: aCouncil(),
    meeting: shown,
    approval: {
      record: shown,
      round: {
        sentAt: '2027-05-20T15:00:00.000Z',
        sentBy: 'sekretariat',
        deadline: '2027-05-27T12:00',
      },
      approved: [
        {
          member: roster.members[0]!,
          approval: { memberId: roster.members[0]!.id, approvedAt: '2027-05-21T08:00:00.000Z' },
        },
      ],
      waiting: roster.members.slice(1),
    },
    links: {
      docx: 'http://127.0.0.1:3000/files/abc',
      md: 'http://127.0.0.1:3000/files/def',
      expiresAt: '2027-06-03T10:00:00.000Z',
    },
  };
}

const forty = Array.from({ length: 40 }, (_, index) =>
  anItem(
    index,
    `Rådet besluttede ${'at godkende indstillingen med de ændringer, der blev drøftet, '.repeat(12)}`,
  ),
);

describe("the referat's summary stays within the platforms' limits", () => {
  it('Slack: 40 items with long decisions make a message within Block Kit, cut with a note pointing to the referat', () => {
    const message = minutesSummaryMessage(viewWith(forty));
    expect(blockKitViolations(JSON.parse(JSON.stringify(message)), 'message')).toEqual([]);
    const text = JSON.stringify(message);
    expect(text).toContain('Beslutning: Rådet besluttede');
    expect(text).toContain('<http://127.0.0.1:3000/files/abc|Word-dokument>');
    expect(text).toContain('1 af 4 har godkendt referatet.');
    expect(text).toContain('Godkend senest 27. maj 2027 kl. 12.00.');
    // The decisions are cut in the summary: the whole one is in the referat.
    expect(text).toContain('…');
  });

  it('Slack: once approved the summary says so and has no buttons', () => {
    const message = minutesSummaryMessage(viewWith(forty.slice(0, 2), 'minutes_approved'));
    const text = JSON.stringify(message);
    expect(text).toContain('Referat godkendt: Rådsmøde');
    expect(text).not.toContain('"type":"actions"');
  });

  it('Teams: 40 items make a valid card under 80 KB, the items after the first behind "Vis mere"', () => {
    const card = minutesSummaryCard(viewWith(forty));
    const { valid, errors } = createAdaptiveCardValidator()(card);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(80_000);
    expect(JSON.stringify(card)).toContain('Action.ToggleVisibility');
    expect(JSON.stringify(card)).toContain('[Word-dokument](http://127.0.0.1:3000/files/abc)');
  });
});
