import { describe, expect, it } from 'vitest';
import { discussionVerbNames } from '../../../../src/bot/teams/discussions/discussion-verb-names.ts';
import {
  signUpReminderCard,
  summaryReminderCard,
} from '../../../../src/bot/teams/discussions/group-cards.ts';
import { textOf } from '../../../support/teams-harness.ts';
import { createAdaptiveCardValidator } from '../../../support/validate-json-schema.ts';
import { anAnnouncedView, aView } from './discussion-view-mother.ts';

const validate = createAdaptiveCardValidator();

/** The verbs of the card's Action.Execute buttons, in order. */
function verbsOf(card: unknown): string[] {
  const verbs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Action.Execute') verbs.push(String(record['verb']));
    for (const [key, value] of Object.entries(record)) if (key !== 'refresh') walk(value);
  };
  walk(card);
  return verbs;
}

describe('the direct cards that follow afbud', () => {
  it('a suppleant’s invitation says why they are asked, with the topics’ buttons', () => {
    const card = signUpReminderCard('da', aView(), true);
    expect(textOf(card)).toContain('Du er inviteret til gruppedrøftelsen');
    expect(textOf(card)).toContain('suppleant for et medlem, der har meldt afbud');
    expect(verbsOf(card).every((verb) => verb === discussionVerbNames.chooseTopic)).toBe(true);
    expect(verbsOf(card)).toHaveLength(3);
    expect(validate(card)).toEqual({ valid: true, errors: [] });
  });

  it('the ordstyrer taking over an absent referent’s summary is told so, with «Skriv opsamling»', () => {
    const card = summaryReminderCard('da', anAnnouncedView(), 'A1', 'takeover');
    expect(textOf(card)).toContain('Referenten i gruppe A1 har meldt afbud');
    expect(verbsOf(card)).toEqual([discussionVerbNames.writeSummary]);
    expect(validate(card)).toEqual({ valid: true, errors: [] });
  });
});
