import { describe, expect, it } from 'vitest';
import type { ShownMeeting } from '../../../../src/app/meetings/list-meetings.ts';
import type { FollowUpPoint } from '../../../../src/domain/meetings/follow-up.ts';
import type { AgendaItem } from '../../../../src/domain/meetings/agenda-item.ts';
import type { Meeting } from '../../../../src/domain/meetings/meeting.ts';
import {
  agendaItemKeys,
  type PublishedAgendaView,
} from '../../../../src/bot/present/meetings/meeting-notice-plans.ts';
import {
  agendaItemReply,
  agendaItemReplyOf,
} from '../../../../src/bot/slack/meetings/agenda-item-reply.ts';
import { meetingActionIds } from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { agendaOverview } from '../../../../src/bot/slack/meetings/agenda-overview.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';

const meeting: Meeting = {
  id: 'm0007',
  councilId: 'rar-test',
  title: 'Rådsmøde',
  start: '2027-05-20T13:00',
  end: '2027-05-20T16:00',
  place: 'Havnehuset, mødelokale 2',
  onlineLink: 'https://meet.example.org/raad',
  afbudDeadline: '2027-05-18T12:00',
  status: 'agenda_published',
};

const anItem = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  number: [1, 2],
  theme: '1. Rådets arbejde',
  title: 'Budget for 2028',
  kinds: ['B'],
  presentation: false,
  presenters: [],
  fields: { bilag: [], other: [] },
  ...overrides,
});

const viewOf = (items: readonly AgendaItem[], locale: 'da' | 'en' = 'da'): PublishedAgendaView => {
  const shown: ShownMeeting = { meeting, items, attendance: [], decisions: [], followUp: [] };
  return { council: aCouncil({ locale }), meeting: shown };
};

const textOf = (message: object) => JSON.stringify(message);

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
    status: index === 1 ? 'in_progress' : 'open',
  }));

const withFollowUp = (
  view: PublishedAgendaView,
  followUp: FollowUpPoint[],
): PublishedAgendaView => ({
  ...view,
  meeting: { ...view.meeting, followUp },
});

describe("the overview's follow-up from earlier meetings", () => {
  it('lists the open points above the items, at most five, and says how many more and where to see them', () => {
    const text = textOf(agendaOverview(withFollowUp(viewOf([anItem()]), pointsFromDecember(7))));

    expect(text).toContain('*Opfølgning fra tidligere møder*');
    expect(text).toContain(
      '• Budget 2027 1 (fra Rådsmøde december 10.12.2026, punkt 2.1) · ansvarlig: Sekretariatet · frist 15.01.2027 · åben',
    );
    expect(text).toContain(
      '• Budget 2027 2 (fra Rådsmøde december 10.12.2026, punkt 2.2) · ingen ansvarlig · i gang',
    );
    expect(text).toContain('Budget 2027 5');
    expect(text).not.toContain('Budget 2027 6');
    expect(text).toContain('… og 2 mere — se /raad opfølgning');
    expect(text.indexOf('Opfølgning fra tidligere møder')).toBeLessThan(
      text.indexOf('1.2 Budget for 2028'),
    );
  });

  it('shows no heading when nothing is open, and no "mere" when all fit', () => {
    expect(textOf(agendaOverview(viewOf([anItem()])))).not.toContain(
      'Opfølgning fra tidligere møder',
    );
    const five = textOf(agendaOverview(withFollowUp(viewOf([anItem()]), pointsFromDecember(5))));
    expect(five).toContain('Budget 2027 5');
    expect(five).not.toContain('mere —');
  });

  it('escapes the titles and speaks English to an English council', () => {
    const text = textOf(
      agendaOverview(
        withFollowUp(viewOf([anItem()], 'en'), pointsFromDecember(6, 'Tilskud <!channel> &')),
      ),
    );
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&lt;!channel&gt; &amp;');
    expect(text).toContain('Follow-up from earlier meetings');
    expect(text).toContain('… and 1 more — see /raad followup');
  });
});

describe("a meeting's overview in Slack", () => {
  it('shows the title, when in council time, where, the afbud deadline and the items under their themes', () => {
    const message = agendaOverview(
      viewOf([
        anItem({ number: [1, 1], title: 'Velkomst', kinds: ['O'] }),
        anItem({ presentation: true, presenters: ['Anna Andersen'], kinds: ['O', 'D'] }),
        anItem({ number: [2, 1], theme: '2. Beskæftigelse', title: 'Unge', kinds: ['D'] }),
      ]),
    );
    const text = textOf(message);
    expect(text).toContain('Dagsorden: Rådsmøde');
    expect(text).toContain('20. maj 2027, kl. 13.00–16.00');
    expect(text).toContain('Sted: Havnehuset, mødelokale 2');
    expect(text).toContain('<https://meet.example.org/raad|https://meet.example.org/raad>');
    expect(text).toContain('Afbud senest 18. maj 2027 kl. 12.00');
    expect(text).toContain(
      '*1. Rådets arbejde*\\n1.1 Velkomst (O)\\n1.2 Budget for 2028 (Oplæg + O+D)\\n*2. Beskæftigelse*\\n2.1 Unge (D)',
    );
    expect(message.text).toBe('Dagsordenen til Rådsmøde 20. maj 2027, kl. 13.00–16.00');
    // Afbud and taking it back for whoever clicks; the referat for the secretariat.
    expect(text).toContain('"action_id":"meeting.afbud","value":"m0007"');
    expect(text).toContain('"action_id":"meeting.afbud_withdraw","value":"m0007"');
    expect(text).toContain('"action_id":"meeting.minutes.generate","value":"m0007"');
  });

  it("links the meeting's calendar invitation when the view has one", () => {
    const without = textOf(agendaOverview(viewOf([anItem()])));
    expect(without).not.toContain('.ics');
    const view = { ...viewOf([anItem()]), invitationUrl: 'http://127.0.0.1:8080/files/abc.def' };
    expect(textOf(agendaOverview(view))).toContain(
      '<http://127.0.0.1:8080/files/abc.def|Tilføj til kalender (.ics)>',
    );
  });

  it('speaks English to an English council', () => {
    const text = textOf(agendaOverview(viewOf([anItem()], 'en')));
    expect(text).toContain('Agenda: Rådsmøde');
    expect(text).toContain('20 May 2027, 13:00–16:00');
    expect(text).toContain('Send afbud by 18 May 2027 at 12:00');
    expect(text).toContain('Each item follows in the thread under this message.');
  });

  it('escapes what the secretariat wrote, so a title pings nobody', () => {
    const text = textOf(
      agendaOverview(viewOf([anItem({ title: 'Orientering <!channel> & mere' })])),
    );
    expect(text).toContain('Orientering &lt;!channel&gt; &amp; mere');
    expect(text).not.toContain('<!channel>');
  });
});

describe("an agenda item's reply in the overview's thread", () => {
  const item = anItem({
    presentation: true,
    presenters: ['Anna Andersen', 'Bo Berg'],
    fields: {
      sagenKort: { label: 'Sagen kort', text: 'Sekretariatet har lagt et udkast frem.' },
      indstilling: 'Det indstilles, at Rådet godkender budgettet.',
      sagsfremstilling: 'Budgettet bygger på sidste års forbrug.',
      bilag: [
        {
          number: '1.2.A',
          title: 'Bilag 1.2.A – Budgetoversigt',
          link: 'https://files.example.org/b.pdf',
        },
        { number: '1.2.B', title: 'Bilag 1.2.B – Noter' },
      ],
      other: [],
    },
  });

  it('shows number, title, kinds, presenters, Sagen kort, Indstilling and the Bilag as links', () => {
    const message = agendaItemReply(item, 'da');
    const text = textOf(message);
    expect(message.text).toBe('1.2 Budget for 2028 (Oplæg + B)');
    expect(text).toContain('Oplæg: Anna Andersen, Bo Berg');
    expect(text).toContain('*Sagen kort*\\nSekretariatet har lagt et udkast frem.');
    expect(text).toContain('*Indstilling*\\nDet indstilles, at Rådet godkender budgettet.');
    expect(text).toContain('• <https://files.example.org/b.pdf|Bilag 1.2.A – Budgetoversigt>');
    expect(text).toContain('• Bilag 1.2.B – Noter');
    expect(text).toContain('Sagsfremstillingen står i dagsordenen.');
    expect(text).not.toContain('Beslutning');
    expect(text).not.toContain('"type":"button"');
  });

  it('shows the Beslutning once it is recorded', () => {
    const decided = {
      ...item,
      fields: { ...item.fields, beslutning: 'Rådet godkendte budgettet.' },
    };
    expect(textOf(agendaItemReply(decided, 'da'))).toContain(
      '*Beslutning*\\nRådet godkendte budgettet.',
    );
    expect(textOf(agendaItemReply(decided, 'en'))).toContain(
      '*Decision (Beslutning)*\\nRådet godkendte budgettet.',
    );
  });

  it('cuts long text with "…" and says the whole item is in the agenda document', () => {
    const long = anItem({
      fields: { indstilling: 'Lang tekst. '.repeat(500), bilag: [], other: [] },
    });
    const text = textOf(agendaItemReply(long, 'da'));
    expect(text).toContain('…');
    expect(text).toContain('Forkortet her. Hele punktet står i dagsordenen.');
  });

  it('links only a web address that Slack can link', () => {
    const odd = anItem({
      fields: { bilag: [{ title: 'Bilag 1 – Note', link: 'javascript:alert(1)' }], other: [] },
    });
    const text = textOf(agendaItemReply(odd, 'da'));
    expect(text).toContain('• Bilag 1 – Note');
    expect(text).not.toContain('javascript:');
  });
});

describe('a 40-item agenda with long fields', () => {
  const long = (word: string) => `${word} `.repeat(2_000);
  const items = Array.from({ length: 40 }, (_, index) =>
    anItem({
      number: [Math.floor(index / 10) + 1, (index % 10) + 1],
      theme: `${Math.floor(index / 10) + 1}. ${long('Tema')}`.slice(0, 400),
      title: long('Titel'),
      kinds: ['B', 'D', 'O'],
      presentation: true,
      presenters: Array.from({ length: 30 }, (_, n) => `Oplægsholder nummer ${n} & co`),
      fields: {
        sagenKort: { label: 'Anledning', text: long('Anledning&') },
        indstilling: long('Indstilling<>'),
        beslutning: long('Beslutning'),
        sagsfremstilling: long('Sagsfremstilling'),
        bilag: Array.from({ length: 60 }, (_, n) => ({
          title: `Bilag ${n} – ${long('Bilagstitel')}`,
          link: `https://files.example.org/${'sti/'.repeat(100)}${n}.pdf`,
        })),
        other: [],
      },
    }),
  );

  it('stays within Block Kit limits in the overview and in every reply, in both languages', () => {
    for (const locale of ['da', 'en'] as const) {
      const view = withFollowUp(viewOf(items, locale), pointsFromDecember(9, 'Titel '.repeat(300)));
      const overview = agendaOverview(view);
      expect(blockKitViolations({ ...overview }, 'message')).toEqual([]);
      // Every item is in the table of contents, the last one too.
      expect(JSON.stringify(overview)).toContain('4.10 Titel');
      for (const item of items)
        expect(blockKitViolations({ ...agendaItemReply(item, locale) }, 'message')).toEqual([]);
      // With their buttons and who recorded the Beslutning, as the thread shows them.
      const decided = {
        ...view,
        meeting: {
          ...view.meeting,
          decisions: [
            {
              item: '1.1',
              text: 'Taget til efterretning.',
              noted: true,
              revision: 4,
              recordedBy: 'sekretariat',
              recordedAt: '2027-05-20T13:42:00.000Z',
            },
          ],
        },
      };
      for (const { key } of agendaItemKeys(items)) {
        const reply = agendaItemReplyOf(key, decided);
        expect(blockKitViolations({ ...reply }, 'message')).toEqual([]);
        expect(JSON.stringify(reply)).toContain(meetingActionIds.recordDecision);
      }
    }
  });
});
