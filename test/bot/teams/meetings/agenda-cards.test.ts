/**
 * The agenda's cards in Teams from fixed meetings: valid Adaptive Cards 1.5,
 * within the size Teams takes, long text cut behind "Vis mere" and never
 * refused.
 */
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../../src/domain/meetings/agenda-item.ts';
import type { Meeting } from '../../../../src/domain/meetings/meeting.ts';
import type { FollowUpPoint } from '../../../../src/domain/meetings/follow-up.ts';
import type { PublishedAgendaView } from '../../../../src/bot/present/meetings/meeting-notice-plans.ts';
import {
  agendaItemCard,
  itemCardMaxBytes,
} from '../../../../src/bot/teams/meetings/agenda-item-card.ts';
import { agendaOverviewCard } from '../../../../src/bot/teams/meetings/agenda-overview-card.ts';
import { cardBytes } from '../../../../src/bot/teams/meetings/card-text.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';
import { textOf } from '../../../support/teams-harness.ts';
import { createAdaptiveCardValidator } from '../../../support/validate-json-schema.ts';

const validate = createAdaptiveCardValidator();

const anItem = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  number: [2, 1],
  title: 'Positivlisten 2028',
  kinds: ['B'],
  presentation: false,
  presenters: [],
  fields: {
    sagenKort: { label: 'Sagen kort', text: 'Rådet skal godkende positivlisten.' },
    indstilling: 'Det indstilles, at Rådet godkender positivlisten.',
    bilag: [],
    other: [],
  },
  ...overrides,
});

const meeting: Meeting = {
  id: 'm0001',
  councilId: 'rar-test',
  title: 'Rådsmøde',
  start: '2027-03-04T13:00',
  end: '2027-03-04T16:00',
  place: 'Havnehuset',
  onlineLink: 'https://møde.example/raad',
  afbudDeadline: '2027-03-01T12:00',
  status: 'agenda_published',
};

const context = { meetingId: 'm0001', status: 'agenda_published' as const };

/** Every element of a card with the given type, however deep. */
function elementsOf(card: unknown, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['type'] === type) found.push(record);
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

describe("an agenda item's card", () => {
  it('a short item shows its fields whole, with no "Vis mere"', () => {
    const card = agendaItemCard('da', anItem(), context);
    expect(validate(card)).toEqual({ valid: true, errors: [] });
    expect(textOf(card)).toContain('Det indstilles, at Rådet godkender positivlisten.');
    expect(textOf(card)).not.toContain('Vis mere');
  });

  it('a very long item is cut to fit the card, with "Vis mere" and "Vis sagsfremstilling" showing the rest', () => {
    const long = (word: string, times: number) =>
      Array.from({ length: times }, () => word).join(' ');
    const item = anItem({
      title: long('Overskrift', 200),
      presenters: Array.from({ length: 60 }, (_, i) => `Oplægsholder ${i}`),
      fields: {
        sagenKort: { label: 'Sagen kort', text: long('Beskæftigelsesindsatsen', 4_000) },
        indstilling: long('indstillingen', 5_000),
        beslutning: long('beslutningen', 300),
        sagsfremstilling: long('sagsfremstillingen æøå', 20_000),
        bilag: Array.from({ length: 80 }, (_, i) => ({
          title: `Bilag 2.1.${i} – ${long('titel', 80)}`,
          link: `https://dagsorden.example/bilag/${i}`,
        })),
        other: [],
      },
    });

    const card = agendaItemCard('da', item, context);

    expect(validate(card)).toEqual({ valid: true, errors: [] });
    expect(cardBytes(card)).toBeLessThanOrEqual(itemCardMaxBytes);
    const toggles = elementsOf(card, 'Action.ToggleVisibility').map((action) => action['title']);
    expect(toggles).toEqual(['Vis mere', 'Vis mere', 'Vis mere', 'Vis sagsfremstilling']);
    const hidden = elementsOf(card, 'Container').filter(
      (container) => container['isVisible'] === false,
    );
    expect(hidden.map((container) => container['id'])).toEqual([
      'sagen-kort-full',
      'indstilling-full',
      'beslutning-full',
      'sagsfremstilling',
    ]);
    expect(textOf(card)).toContain('Forkortet her: hele teksten står i dagsordenen.');
    expect(textOf(card)).toContain('… og 50 bilag mere.');
    // Its Beslutning is in the file: the hearing is behind it, the decision can be corrected.
    expect(card.actions?.map((action) => action.title)).toEqual(['Ret beslutning']);
  });

  it('a long text that fits is shown whole behind "Vis mere"', () => {
    const indstilling = `${'Det indstilles, at Rådet godkender planen. '.repeat(40)}Slut.`;
    const card = agendaItemCard(
      'da',
      anItem({ fields: { ...anItem().fields, indstilling } }),
      context,
    );
    const full = elementsOf(card, 'Container').find(
      (container) => container['id'] === 'indstilling-full',
    );
    expect(textOf(full)).toBe(indstilling.trim());
  });

  it('once a B item has its Beslutning, "Start høring" goes and "Ret beslutning" stays, as in Slack', () => {
    const decided = agendaItemCard('da', anItem({ kinds: ['B'] }), {
      ...context,
      decision: {
        item: '2.1',
        text: 'Rådet godkendte positivlisten.',
        noted: false,
        revision: 2,
        recordedBy: 'signe',
        recordedAt: '2027-03-04T14:00:00.000Z',
      },
    });
    expect(decided.actions?.map((action) => [action.title, action.verb])).toEqual([
      ['Ret beslutning', 'meeting.item.record_decision'],
    ]);
    const fromTheFile = agendaItemCard(
      'da',
      anItem({
        kinds: ['B'],
        fields: { ...anItem().fields, beslutning: 'Godkendt på mødet.' },
      }),
      context,
    );
    expect(fromTheFile.actions?.map((action) => action.title)).toEqual(['Ret beslutning']);
  });

  it('an O item already noted offers only "Ret beslutning", and a cancelled meeting shows no dead buttons', () => {
    const noted = agendaItemCard('da', anItem({ kinds: ['O'] }), {
      ...context,
      decision: {
        item: '2.1',
        text: 'Taget til efterretning.',
        noted: true,
        revision: 1,
        recordedBy: 'signe',
        recordedAt: '2027-03-04T14:00:00.000Z',
      },
    });
    // As in Slack: nothing left to note, and the decision can still be corrected.
    expect(noted.actions?.map((action) => action.title)).toEqual(['Ret beslutning']);
    const cancelled = agendaItemCard('da', anItem({ kinds: ['B', 'D'] }), {
      ...context,
      status: 'cancelled',
    });
    expect(cancelled.actions).toBeUndefined();
    const discussion = agendaItemCard('en', anItem({ kinds: ['O', 'D'] }), context);
    expect(discussion.actions?.map((action) => action.title)).toEqual([
      'Start group discussion',
      'Record decision',
      'Mark as noted',
    ]);
    expect(discussion.actions?.[0]).toMatchObject({
      verb: 'meeting.item.start_discussion',
      data: { meetingId: context.meetingId, item: '2.1' },
    });
  });
});

describe("the agenda's overview card", () => {
  it('shows when, where, the afbud deadline and 40 numbered items, with Afbud, Træk afbud tilbage and Generér referat, as in Slack', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      anItem({ number: [1, i + 1], title: `Punkt ${i + 1}`, theme: '1. Rådets arbejde' }),
    );
    const view = {
      council: aCouncil(),
      meeting: { meeting, items, attendance: [], decisions: [], followUp: [] },
    } as unknown as PublishedAgendaView;

    const card = agendaOverviewCard(view);

    expect(validate(card)).toEqual({ valid: true, errors: [] });
    expect(cardBytes(card)).toBeLessThanOrEqual(itemCardMaxBytes);
    const text = textOf(card);
    expect(text).toContain('Dagsorden: Rådsmøde');
    expect(text).toContain('4. marts 2027, kl. 13.00–16.00');
    expect(text).toContain('1. Rådets arbejde');
    expect(text).toContain('1.40 Punkt 40 (B)');
    expect(text).toContain('Afbud senest 1. marts 2027 kl. 12.00');
    expect(JSON.stringify(card)).toContain('[Deltag online](https://møde.example/raad)');
    expect(card.actions?.map((action) => [action.title, action.verb])).toEqual([
      ['Meld afbud', 'meeting.afbud'],
      ['Træk afbud tilbage', 'meeting.afbud_withdraw'],
      ['Generér referat', 'meeting.minutes.generate'],
    ]);
    expect(JSON.stringify(card)).not.toContain('.ics');
  });

  it("links the meeting's calendar invitation when the view has one", () => {
    const view = {
      council: aCouncil(),
      meeting: { meeting, items: [], attendance: [], decisions: [], followUp: [] },
      invitationUrl: 'http://127.0.0.1:8080/files/abc.def',
    } as unknown as PublishedAgendaView;

    const card = agendaOverviewCard(view);

    expect(validate(card)).toEqual({ valid: true, errors: [] });
    expect(JSON.stringify(card)).toContain(
      '[Tilføj til kalender (.ics)](http://127.0.0.1:8080/files/abc.def)',
    );
  });
});

/** Open points from the December meeting, numbered 2.1, 2.2, … */
const pointsFromDecember = (count: number, title = 'Budget 2027'): FollowUpPoint[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `m0003/2.${index + 1}`,
    meetingId: 'm0003',
    meetingTitle: 'Rådsmøde december',
    meetingStart: '2026-12-10T13:00',
    item: `2.${index + 1}`,
    itemTitle: `${title} ${index + 1}`,
    decision: 'Sekretariatet sender budgettet til ministeriet.',
    ...(index === 0 ? { owner: 'Sekretariatet', due: '2027-01-15' } : {}),
    status: 'open',
  }));

describe("the overview card's follow-up from earlier meetings", () => {
  const cardWith = (followUp: FollowUpPoint[], locale: 'da' | 'en' = 'da', title?: string) => {
    const items = Array.from({ length: 40 }, (_, i) =>
      anItem({ number: [1, i + 1], title: title ?? `Punkt ${i + 1}`, theme: '1. Rådets arbejde' }),
    );
    return agendaOverviewCard({
      council: aCouncil({ locale }),
      meeting: { meeting, items, attendance: [], decisions: [], followUp },
    } as unknown as PublishedAgendaView);
  };

  it('lists the open points above the items, at most five, and says how many more and where to see them', () => {
    const card = cardWith(pointsFromDecember(7));

    expect(validate(card)).toEqual({ valid: true, errors: [] });
    const text = textOf(card);
    expect(text).toContain('Opfølgning fra tidligere møder');
    expect(text).toContain(
      '• Budget 2027 1 (fra Rådsmøde december 10.12.2026, punkt 2.1) · ansvarlig: Sekretariatet · frist 15.01.2027 · åben',
    );
    expect(text).toContain('Budget 2027 5');
    expect(text).not.toContain('Budget 2027 6');
    expect(text).toContain('… og 2 mere — skriv «opfølgning»');
    expect(text.indexOf('Opfølgning fra tidligere møder')).toBeLessThan(
      text.indexOf('1.1 Punkt 1'),
    );
  });

  it('shows nothing of it when no point is open, and speaks English to an English council', () => {
    expect(textOf(cardWith([]))).not.toContain('Opfølgning fra tidligere møder');
    const english = textOf(cardWith(pointsFromDecember(6), 'en'));
    expect(english).toContain('Follow-up from earlier meetings');
    expect(english).toContain('… and 1 more — write «followup»');
  });

  it('stays a valid card within the size Teams takes with long titles everywhere', () => {
    const long = 'Titel '.repeat(300);
    const card = cardWith(pointsFromDecember(9, long), 'da', long);
    expect(validate(card)).toEqual({ valid: true, errors: [] });
    expect(cardBytes(card)).toBeLessThanOrEqual(itemCardMaxBytes);
  });
});
