import { describe, expect, it } from 'vitest';
import {
  decide,
  maxDecisionLength,
  withDecisions,
  type Decision,
} from '../../../src/domain/meetings/decision.ts';
import { aMeetingWithItems } from './meeting-with-items.ts';

const at = new Date('2026-12-03T15:10:00.000Z');
const change = (item: string, text: string, noted = false) => ({
  item,
  text,
  noted,
  by: 'sekretariat',
  at,
});

describe('recording a Beslutning on an item', () => {
  it('the first recording is revision 1, audited as recorded, with the text trimmed', () => {
    const decided = decide(aMeetingWithItems(), undefined, change('2.1', '  Rådet vedtog.  '));
    expect(decided).toEqual({
      ok: true,
      value: {
        decision: {
          item: '2.1',
          text: 'Rådet vedtog.',
          noted: false,
          revision: 1,
          recordedBy: 'sekretariat',
          recordedAt: '2026-12-03T15:10:00.000Z',
        },
        event: {
          item: '2.1',
          action: 'recorded',
          after: 'Rådet vedtog.',
          revision: 1,
          by: 'sekretariat',
          at: '2026-12-03T15:10:00.000Z',
        },
      },
    });
  });

  it('a change adds one to the revision and keeps the text before in the audit', () => {
    const first = decide(aMeetingWithItems(), undefined, change('2.1', 'Rådet vedtog.'));
    if (!first.ok) throw new Error(first.code);
    const second = decide(
      aMeetingWithItems(),
      first.value.decision,
      change('2.1', 'Rådet vedtog med ændringer.'),
    );
    expect(second).toMatchObject({
      ok: true,
      value: {
        decision: { revision: 2, text: 'Rådet vedtog med ændringer.' },
        event: { action: 'changed', before: 'Rådet vedtog.', after: 'Rådet vedtog med ændringer.' },
      },
    });
  });

  it("over an imported referat's Beslutning, the audit keeps the imported text as the one before", () => {
    expect(
      decide(
        aMeetingWithItems(),
        undefined,
        change('5.1', 'Rådet godkendte planen med en tilføjelse.'),
      ),
    ).toMatchObject({
      ok: true,
      value: { event: { action: 'recorded', before: 'Rådet godkendte planen.' } },
    });
  });

  it('"Taget til efterretning" is for items whose kinds include O, and is audited as noted', () => {
    expect(
      decide(aMeetingWithItems(), undefined, change('3.1', 'Taget til efterretning.', true)),
    ).toMatchObject({
      ok: true,
      value: { decision: { noted: true, revision: 1 }, event: { action: 'noted' } },
    });
    expect(
      decide(aMeetingWithItems(), undefined, change('5.1', 'Taget til efterretning.', true)).ok,
    ).toBe(true);
    expect(
      decide(aMeetingWithItems(), undefined, change('2.1', 'Taget til efterretning.', true)),
    ).toEqual({
      ok: false,
      code: 'noted_only_for_information',
      field: 'itemNumber',
      params: { item: '2.1' },
    });
  });

  it('refuses an item the agenda does not have', () => {
    expect(decide(aMeetingWithItems(), undefined, change('9.9', 'Rådet vedtog.'))).toMatchObject({
      ok: false,
      code: 'decision_item_not_found',
      params: { item: '9.9' },
    });
  });

  it('refuses an empty text and one longer than a Slack modal holds, naming the text', () => {
    expect(decide(aMeetingWithItems(), undefined, change('2.1', '   '))).toMatchObject({
      ok: false,
      code: 'invalid_input',
      field: 'text',
      params: { problem: 'required' },
    });
    expect(
      decide(aMeetingWithItems(), undefined, change('2.1', 'x'.repeat(maxDecisionLength + 1))),
    ).toMatchObject({ ok: false, field: 'text', params: { problem: 'too_long', limit: 3000 } });
    expect(
      decide(aMeetingWithItems(), undefined, change('2.1', 'x'.repeat(maxDecisionLength))).ok,
    ).toBe(true);
  });

  it('refuses a cancelled meeting, and one whose minutes are approved', () => {
    expect(
      decide(aMeetingWithItems({ status: 'cancelled' }), undefined, change('2.1', 'Rådet vedtog.')),
    ).toMatchObject({ ok: false, code: 'meeting_cancelled' });
    expect(
      decide(
        aMeetingWithItems({ status: 'minutes_approved' }),
        undefined,
        change('2.1', 'Rådet vedtog.'),
      ),
    ).toMatchObject({ ok: false, code: 'decision_after_approval' });
    expect(
      decide(
        aMeetingWithItems({ status: 'minutes_sent' }),
        undefined,
        change('2.1', 'Rådet vedtog.'),
      ).ok,
    ).toBe(true);
  });
});

describe('the meeting with its decisions', () => {
  const decision = (item: string, text: string): Decision => ({
    item,
    text,
    noted: false,
    revision: 1,
    recordedBy: 'sekretariat',
    recordedAt: at.toISOString(),
  });

  it("puts each recorded decision in its item's Beslutning, over an imported one, and leaves the rest", () => {
    const record = aMeetingWithItems();
    const shown = withDecisions(record, [
      decision('2.1', 'Rådet vedtog indstillingen.'),
      decision('5.1', 'Rådet godkendte planen med en tilføjelse.'),
    ]);
    expect(shown.items.map((item) => item.fields.beslutning)).toEqual([
      'Rådet vedtog indstillingen.',
      undefined,
      undefined,
      'Rådet godkendte planen med en tilføjelse.',
    ]);
    expect(shown.items[0]?.fields.indstilling).toBe(record.items[0]?.fields.indstilling);
  });

  it('is the very same record when nothing is recorded', () => {
    const record = aMeetingWithItems();
    expect(withDecisions(record, [])).toBe(record);
  });
});
