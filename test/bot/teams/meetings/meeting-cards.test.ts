/** The meeting cards made from plain data: long decisions fold behind "Vis mere", and every card is valid 1.5. */
import { describe, expect, it } from 'vitest';
import { followUpCard } from '../../../../src/bot/teams/meetings/follow-up-card.ts';
import { followUpGroups } from '../../../../src/bot/present/meetings/follow-up-groups.ts';
import type { MemberFollowUpPoint } from '../../../../src/app/meetings/follow-up-for-member.ts';
import { createAdaptiveCardValidator } from '../../../support/validate-json-schema.ts';

const validate = createAdaptiveCardValidator();

const aPoint = (item: string, decision: string, mayMarkDone = true): MemberFollowUpPoint => ({
  id: `m0001/${item}`,
  meetingId: 'm0001',
  meetingTitle: 'Rådsmøde',
  meetingStart: '2026-11-18T13:00',
  item,
  itemTitle: 'Budget for 2028',
  decision,
  owner: 'Sekretariatet',
  ownerName: 'Sekretariatet',
  mayMarkDone,
  due: '2026-12-15',
  status: 'in_progress',
});

describe('the follow-up card', () => {
  it('cuts a long Beslutning with "Vis mere" that shows the whole of it, and stays valid Adaptive Card 1.5', () => {
    const long = `Rådet godkendte budgettet. ${'Sekretariatet følger op med virksomhederne. '.repeat(40)}`;
    const groups = followUpGroups('da', [aPoint('1.2', long), aPoint('1.3', 'Kort.')]);

    const card = followUpCard('da', groups);

    const json = JSON.stringify(card);
    expect(json).toContain('"type":"Action.ToggleVisibility","title":"Vis mere"');
    expect(json).toContain(JSON.stringify(long.trim()).slice(1, -1));
    expect(json).toContain(
      'Ansvarlig: Sekretariatet · Frist: 15.12.2026 · Status: i gang · m0001/1.2',
    );
    expect(validate(card)).toMatchObject({ valid: true });
  });

  it('a sheet of 200 open points shows the first 60 and counts the rest', () => {
    const points = Array.from({ length: 200 }, (_, index) =>
      aPoint(`${Math.floor(index / 10) + 1}.${(index % 10) + 1}`, 'Kort beslutning.', false),
    );

    const card = followUpCard('da', followUpGroups('da', points));

    expect(JSON.stringify(card)).toContain('… og 140 punkter mere.');
    expect(JSON.stringify(card).length).toBeLessThan(80_000);
    expect(validate(card)).toMatchObject({ valid: true });
  });
});
