/** The group discussions' cards drawn from plain data: what they say, their buttons, their size, valid 1.5. */
import { describe, expect, it } from 'vitest';
import { discussionVerbNames } from '../../../../src/bot/teams/discussions/discussion-verb-names.ts';
import {
  groupDmCard,
  groupThreadCard,
  signUpReminderCard,
  summaryReminderCard,
} from '../../../../src/bot/teams/discussions/group-cards.ts';
import {
  commentsCard,
  opsamlingCard,
} from '../../../../src/bot/teams/discussions/opsamling-card.ts';
import { proposalCard } from '../../../../src/bot/teams/discussions/proposal-card.ts';
import { setupCard } from '../../../../src/bot/teams/discussions/setup-card.ts';
import {
  readSetupCard,
  setupInputOf,
} from '../../../../src/bot/teams/discussions/read-setup-card.ts';
import { signUpCard } from '../../../../src/bot/teams/discussions/sign-up-card.ts';
import { statusCard } from '../../../../src/bot/teams/discussions/status-card.ts';
import { keptWhole, summaryCard } from '../../../../src/bot/teams/discussions/summary-card.ts';
import { cardBytes } from '../../../../src/bot/teams/meetings/card-text.ts';
import { textOf } from '../../../support/teams-harness.ts';
import { createAdaptiveCardValidator } from '../../../support/validate-json-schema.ts';
import {
  aDiscussion,
  aDraft,
  anAnnouncedView,
  aProposal,
  aSummary,
  aView,
} from './discussion-view-mother.ts';

const validate = createAdaptiveCardValidator();
const council = { locale: 'da' as const, name: 'RAR Testregion', timeZone: 'Europe/Copenhagen' };

function actionsOf(
  card: unknown,
): { title: string; verb: string; data: Record<string, unknown> }[] {
  const found: { title: string; verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Action.Execute')
      found.push(record as unknown as (typeof found)[number]);
    for (const [key, value] of Object.entries(record)) if (key !== 'refresh') walk(value);
  };
  walk(card);
  return found;
}

describe('the set-up card', () => {
  it('asks for the title, four topics, sizing, the deadlines and the rooms, and reads them back as the use case wants them', () => {
    const card = setupCard(council, { meetingId: 'm0001', item: '1.3', title: 'Unge' });
    expect(textOf(card)).toContain('Emne A');
    expect(textOf(card)).toContain('Emne D');
    expect(textOf(card)).toContain('Links til rummene');
    expect(actionsOf(card)[0]).toMatchObject({
      verb: discussionVerbNames.start,
      data: { meetingId: 'm0001', item: '1.3' },
    });
    expect(validate(card)).toMatchObject({ valid: true });

    const values = readSetupCard({
      title: ' Unge uden uddannelse ',
      topic1Title: 'Praktikpladser',
      topic1Questions: 'Hvad virker?\n\nHvad kan Rådet gøre?\n',
      topic2Title: 'Voksenlærlinge',
      topic2Questions: 'Hvem skal vi nå?',
      topic3Title: '',
      sizing: 'size',
      sizingValue: 4,
      signUpDate: '2035-01-10',
      signUpTime: '12:00',
      windowDate: '2035-01-17',
      windowStart: '13:00',
      windowEnd: '14:00',
      dueDate: '2035-01-18',
      dueTime: '12:00',
      rooms: 'https://rum.example/a\n',
      meetingId: 'm0001',
      item: '1.3',
      forged: 'ignored',
    });
    const read = setupInputOf('da', values, 'rar-test', 'signe');
    expect(read).toEqual({
      ok: true,
      input: {
        councilId: 'rar-test',
        actorId: 'signe',
        title: 'Unge uden uddannelse',
        meetingId: 'm0001',
        itemNumber: '1.3',
        topics: [
          { title: 'Praktikpladser', questions: ['Hvad virker?', 'Hvad kan Rådet gøre?'] },
          { title: 'Voksenlærlinge', questions: ['Hvem skal vi nå?'] },
        ],
        groupSize: 4,
        signUpDeadline: '2035-01-10T12:00',
        windowStart: '2035-01-17T13:00',
        windowEnd: '2035-01-17T14:00',
        summariesDue: '2035-01-18T12:00',
        roomLinks: ['https://rum.example/a'],
      },
    });
  });

  it('names every missing or malformed field under it, in Danish, and keeps what was typed', () => {
    const values = readSetupCard({ title: 'Unge', sizingValue: '0', signUpDate: '10-01-2035' });
    const read = setupInputOf('da', values, 'rar-test', 'signe');
    if (read.ok) throw new Error('expected refusal');
    expect(read.errors.byField).toMatchObject({
      topic1Title: 'Emne A, titel: skal udfyldes.',
      sizingValue: 'Antal: skal være et helt tal på mindst 1.',
      signUpDate: expect.stringContaining('Tilmeldingsfrist, dato: skal være en gyldig dato'),
      dueTime: 'Opsamlinger senest, klokkeslæt: skal udfyldes.',
    });
    const card = setupCard(council, values, read.errors);
    expect(textOf(card)).toContain('Ret felterne markeret med rødt');
    expect(textOf(card)).toContain('Emne A, titel: skal udfyldes.');
    expect(validate(card)).toMatchObject({ valid: true });
  });
});

describe('the sign-up card', () => {
  it('shows each topic with its questions, count and button, "Intet ønske" and the roles, and the secretariat\'s "Dan grupper"', () => {
    const card = signUpCard('da', aView(), { refreshUserIds: ['29:a', '29:b'] });
    const text = textOf(card);
    expect(text).toContain('Gruppedrøftelse: Unge uden uddannelse');
    expect(text).toContain('Til punkt 1.3');
    expect(text).toContain('Tilmelding senest 10.01.2035, kl. 12.00');
    expect(text).toContain('1. Hvad virker i dag?');
    expect(text).toContain('2 har valgt det');
    expect(text).toContain('3 har valgt emne · 0 uden ønske · én mangler at svare');
    expect(actionsOf(card).map((action) => action.title)).toEqual([
      'Emne A: Praktikpladser',
      'Emne B: Voksenlærlinge',
      'Dan grupper',
      'Intet ønske',
      'Jeg vil være ordstyrer',
      'Jeg vil være referent',
    ]);
    expect(card.refresh).toMatchObject({
      action: { verb: discussionVerbNames.refresh, data: { discussionId: 'd0001' } },
      userIds: ['29:a', '29:b'],
    });
    expect(validate(card)).toMatchObject({ valid: true });
  });

  it("a member's own view says their choice and marks it, without the secretariat's buttons", () => {
    const card = signUpCard('da', aView(), { viewer: { memberId: 'karl', mayManage: false } });
    expect(textOf(card)).toContain('Dit valg: Emne B: Voksenlærlinge.');
    expect(textOf(card)).not.toContain('Dan grupper');
    const chosen = actionsOf(card).find((action) => action.title === 'Emne B: Voksenlærlinge');
    expect(chosen).toMatchObject({ style: 'positive', data: { topic: 'B' } });
  });

  it('after the deadline says "Tilmeldingen er lukket" and has no sign-up buttons', () => {
    const card = signUpCard('da', aView(), {
      closed: true,
      viewer: { memberId: 'karl', mayManage: false },
    });
    expect(textOf(card)).toContain('Tilmeldingen er lukket.');
    expect(actionsOf(card)).toEqual([]);
  });

  it('once announced lists the groups and which have sent their summary', () => {
    const card = signUpCard('da', anAnnouncedView({ summaries: [aSummary()] }));
    expect(textOf(card)).toContain(
      'Gruppe A1** (Praktikpladser) — opsamling modtaget: Jonas Kjær, Amira Lund',
    );
    expect(textOf(card)).toContain('Gruppe B1** (Voksenlærlinge) — venter på opsamling');
    expect(validate(card)).toMatchObject({ valid: true });
  });

  it('forty long questions still make a card within 28 KB, the whole behind "Vis hele teksten"', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Spørgsmål ${i}: ${'ø'.repeat(700)}`);
    const discussion = aDiscussion({
      topics: ['A', 'B', 'C', 'D'].map((key) => ({ key, title: `Emne ${key}`, questions: long })),
    });
    const card = signUpCard('da', aView({ discussion }));
    expect(cardBytes(card)).toBeLessThanOrEqual(28_000);
    expect(JSON.stringify(card)).toContain('Vis hele teksten');
    expect(validate(card)).toMatchObject({ valid: true });
  });
});

describe('the proposal card', () => {
  it('gives the reasons, the groups with organisations and roles, moves and role changes, "Dan igen" and "Udsend grupperne"', () => {
    const view = aView({ proposal: aProposal() });
    const card = proposalCard(
      council,
      { ...view, proposal: aProposal() },
      {
        reasons: ['alle fik deres førsteprioritet'],
      },
    );
    const text = textOf(card);
    expect(text).toContain('- alle fik deres førsteprioritet');
    expect(text).toContain('Jonas Kjær (DA)');
    expect(text).toContain('Lis Mørk (DH) — _flyttet i hånden_');
    expect(text).toContain('Ordstyrer: Lis Mørk · Referent: Karl Vang');
    expect(actionsOf(card).map((action) => action.verb)).toEqual([
      discussionVerbNames.moveParticipant,
      discussionVerbNames.assignRole,
      discussionVerbNames.formGroups,
      discussionVerbNames.announce,
    ]);
    expect(validate(card)).toMatchObject({ valid: true });
  });
});

describe("a group's messages", () => {
  it('the direct message gives group, topic, room, questions, members and roles, and the writer gets "Skriv opsamling"', () => {
    const view = anAnnouncedView();
    const group = view.proposal!.groups[1]!;
    const karl = groupDmCard('da', view, group, 'karl');
    const text = textOf(karl);
    expect(text).toContain('Din gruppe i «Unge uden uddannelse»: gruppe B1');
    expect(text).toContain('Emne B: Voksenlærlinge');
    expect(text).toContain('[https://rum.example/b1](https://rum.example/b1)');
    expect(text).toContain('1. Hvem skal vi nå?');
    expect(text).toContain('Karl Vang (KL)');
    expect(text).toContain('Ordstyrer: Lis Mørk · Referent: Karl Vang');
    expect(actionsOf(karl).map((action) => action.title)).toEqual(['Skriv opsamling']);
    expect(actionsOf(groupDmCard('da', view, group, 'lis'))).toEqual([]);
    expect(validate(karl)).toMatchObject({ valid: true });
    expect(validate(groupThreadCard('da', view, group))).toMatchObject({ valid: true });
  });

  it('the reminders carry their buttons; at the due time the form has closed and there is none', () => {
    const view = anAnnouncedView();
    expect(actionsOf(summaryReminderCard('da', view, 'A1', 'before')).map((a) => a.verb)).toEqual([
      discussionVerbNames.writeSummary,
    ]);
    expect(actionsOf(summaryReminderCard('da', view, 'A1', 'due'))).toEqual([]);
    expect(actionsOf(signUpReminderCard('da', aView())).map((a) => a.title)).toEqual([
      'Emne A: Praktikpladser',
      'Emne B: Voksenlærlinge',
      'Intet ønske',
    ]);
  });
});

describe('the summary card', () => {
  it('has one field per question and "Øvrige noter", prefilled, and carries the group and the revision seen', () => {
    const card = summaryCard('da', aDraft(aSummary({ revision: 2 })));
    expect(textOf(card)).toContain('1. Hvad virker i dag?');
    expect(textOf(card)).toContain('Øvrige noter');
    expect(JSON.stringify(card)).toContain('"value":"Praktikpladsopsøgende arbejde virker."');
    expect(actionsOf(card)[0]).toMatchObject({
      verb: discussionVerbNames.saveSummary,
      data: { discussionId: 'd0001', groupKey: 'A1', revision: 2 },
    });
    expect(validate(card)).toMatchObject({ valid: true });
  });

  it('a very long stored answer is cut on the card with a note, and kept whole when its field comes back unchanged', () => {
    const long = 'Gruppen drøftede længe. '.repeat(3_000);
    const card = summaryCard('da', aDraft(aSummary({ answers: [long, 'Kort.'] })));
    expect(cardBytes(card)).toBeLessThanOrEqual(28_000);
    expect(textOf(card)).toContain('Lader du feltet stå, beholdes hele den gemte tekst.');
    const cutAt = Number(actionsOf(card)[0]!.data['cutAt']);
    const shown = JSON.stringify(card).match(
      /"id":"answer0","label":"[^"]*","isMultiline":true,"value":"([^"]*)"/,
    )?.[1];
    expect(shown).toBeDefined();
    expect(keptWhole(JSON.parse(`"${shown}"`) as string, long, cutAt)).toBe(long);
    expect(keptWhole('Nyt svar', long, cutAt)).toBe('Nyt svar');
  });
});

describe('"grupper" and the opsamling', () => {
  it('the status card gives each discussion its phase and next step', () => {
    const card = statusCard('da', [aView(), anAnnouncedView()]);
    expect(textOf(card)).toContain('Tilmelding til 10.01.2035, kl. 12.00 · 3 har svaret');
    expect(textOf(card)).toContain('0 af 2 opsamlinger modtaget');
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Dan grupper',
      'Ret opsætning',
      'Saml op nu',
      'Ret opsætning',
    ]);
    expect(validate(card)).toMatchObject({ valid: true });
  });

  it('the opsamling is grouped by topic, names the missing groups and offers the comments hearing', () => {
    const long = 'Et langt svar. '.repeat(400);
    const view = anAnnouncedView({
      discussion: aDiscussion({ status: 'compiled' }),
      summaries: [aSummary({ answers: [long, 'Tale med virksomhederne.'] })],
      opsamling: {
        compiledAt: '2035-01-18T11:00:00.000Z',
        compiledBy: 'due',
        missingGroups: ['B1'],
      },
    });
    const card = opsamlingCard('da', view);
    const text = textOf(card);
    expect(text).toContain('Opsamling fra gruppedrøftelser');
    expect(text).toContain('Emne A: Praktikpladser');
    expect(text).toContain('Gruppe A1');
    expect(text).toContain('Ingen opsamling fra: B1.');
    expect(JSON.stringify(card)).toContain('Action.ToggleVisibility');
    expect(actionsOf(card).map((a) => a.verb)).toEqual([discussionVerbNames.commentsForm]);
    expect(validate(card)).toMatchObject({ valid: true });
    expect(
      validate(
        commentsCard(council, 'd0001', { proposal: 'Opsamling', deadlineDate: '2035-01-25' }),
      ),
    ).toMatchObject({ valid: true });
  });
});

describe('in English', () => {
  it("a council in English gets every card in English, its members' own words kept", () => {
    const en = { ...council, locale: 'en' as const };
    const view = anAnnouncedView({ summaries: [aSummary()] });
    const cards = [
      setupCard(en, {}),
      signUpCard('en', aView(), { viewer: { memberId: 'karl', mayManage: false } }),
      signUpCard('en', view),
      proposalCard(en, { ...view, proposal: aProposal() }, { reasons: [] }),
      groupDmCard('en', view, view.proposal!.groups[0]!, 'amira'),
      summaryCard('en', aDraft(aSummary())),
      statusCard('en', [aView(), view]),
      opsamlingCard('en', view),
    ];
    const text = cards.map((card) => textOf(card)).join('\n');
    expect(text).toContain('Your choice: Topic B: Voksenlærlinge.');
    expect(text).toContain('summary received');
    expect(text).toContain('Write summary');
    expect(text).not.toMatch(/Tilmelding|Dit valg|Skriv opsamling|Gruppedrøftelse/);
    for (const card of cards) expect(validate(card)).toMatchObject({ valid: true });
  });
});
