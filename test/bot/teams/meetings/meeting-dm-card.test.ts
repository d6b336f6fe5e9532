import { describe, expect, it } from 'vitest';
import { afbudCard } from '../../../../src/bot/teams/meetings/afbud-card.ts';
import { meetingDmCard } from '../../../../src/bot/teams/meetings/reminder-dm-card.ts';
import { aDmView, everyDmNotice } from '../../present/meetings/meeting-dm-fixtures.ts';
import { createAdaptiveCardValidator } from '../../../support/validate-json-schema.ts';

const validate = createAdaptiveCardValidator();
/** Teams refuses a message over 100 KB; we keep well under. */
const maxBytes = 80_000;

describe("a meeting's direct messages in Teams", () => {
  it('are valid Adaptive Cards 1.5 well under the size limit for every kind, in both languages', () => {
    for (const locale of ['da', 'en'] as const)
      for (const notice of everyDmNotice) {
        const card = meetingDmCard(aDmView(notice, locale));
        expect(validate(card).errors).toEqual([]);
        expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(maxBytes);
      }
  });

  it("link the whole agenda as a document when the view has the link, e.g. in the suppleant's card", () => {
    const linked = meetingDmCard({
      ...aDmView(everyDmNotice[1]!, 'da'),
      agendaUrl: 'http://127.0.0.1:8080/files/ag.sig',
    });
    expect(validate(linked).errors).toEqual([]);
    expect(JSON.stringify(linked)).toContain(
      '[Hele dagsordenen (Word)](http://127.0.0.1:8080/files/ag.sig)',
    );
  });

  it('the afbud card asks for an optional reason and sends with the afbud verb', () => {
    const { meeting } = aDmView(everyDmNotice[0]!, 'da').view.record;
    const card = afbudCard('da', meeting, '', 'Mødet er aflyst og kan ikke ændres.');
    expect(validate(card).errors).toEqual([]);
    expect(card.actions?.map((action) => [action.verb, action.data])).toEqual([
      ['meeting.afbud', { meetingId: 'm0007', send: 'yes' }],
    ]);
  });
});
