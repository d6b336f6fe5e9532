/**
 * The secretariat and the chair group manage an open hearing from "mine
 * høringer" in Teams, through the real endpoint: who has not answered,
 * "Påmind nu", and closing early only after a confirmation that says what
 * will follow.
 */
import { describe, expect } from 'vitest';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { TEAMS_PEOPLE, type TeamsAccount } from '../../../support/teams-activities.ts';
import {
  click,
  openHearingInTeams,
  say,
  untilCardShows,
  voteOn,
} from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  textOf,
  teamsTestWith,
  TEAMS_BYSTANDER,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';

const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;
const karl = TEAMS_BYSTANDER;

/** Monday 23 November 2026, 09.00 in Copenhagen; the hearings' deadline is that Friday. */
const teamsTest = teamsTestWith({ clock: new FixedClock('2026-11-23T08:00:00.000Z') });
const friday = { deadlineDate: '2026-11-27' };

async function mine(h: TeamsHarness, who: TeamsAccount) {
  const chat = h.teams.personalChatWith(who);
  const list = await say(h, who, 'mine høringer', chat);
  return { chat, list, card: cardIn(list)! };
}

type Element = Record<string, unknown>;
/** Every element of a card, depth first. */
function elementsOf(card: unknown): Element[] {
  const found: Element[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    found.push(node as Element);
    Object.values(node as Element).forEach(walk);
  };
  walk(card);
  return found;
}
const actionsOf = (card: unknown) =>
  elementsOf(card).filter((e) => e['type'] === 'Action.Execute') as {
    title: string;
    verb: string;
    style?: string;
    data: Record<string, unknown>;
  }[];
const manageSectionOf = (card: unknown) =>
  elementsOf(card).find(
    (e) => e['type'] === 'Container' && textOf(e).startsWith('Sekretariat og formandskab'),
  );
const hearingState = async (h: TeamsHarness, hearingId: string) =>
  (await h.bot.deps.hearings.hearing(h.council.id, hearingId))?.state;

describe('"mine høringer" for the secretariat and the chair group', () => {
  teamsTest(
    'shows who has not answered, with Påmind nu and Luk høringen nu in a section apart from the vote buttons',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, friday);
      await voteOn(h, hearing, jonas, 'for');
      await h.bot.useCases.registerAbsence({
        councilId: h.council.id,
        memberId: 'amira',
        hearingId: hearing.hearingId,
      });

      const signe = await mine(h, secretary);
      const section = manageSectionOf(signe.card);
      expect(textOf(section)).toContain(
        'Mangler svar fra: Bo Sand (FH, suppleant for Amira Lund), Karl Vang (KL), Lis Mørk (DH)',
      );
      expect(actionsOf(section).map((a) => [a.title, a.verb, a.style])).toEqual([
        ['Påmind nu', 'remindNow', undefined],
        ['Luk høringen nu', 'closeHearing', undefined],
      ]);

      // The chair votes in the same list: the vote buttons stand in their own set, above the section.
      const chair = await mine(h, jonas);
      const hearingBlock = (chair.card.body as Element[]).find((e) => e['type'] === 'Container')!;
      const items = hearingBlock['items'] as Element[];
      const votes = items.findIndex((e) => e['type'] === 'ActionSet');
      const manage = items.findIndex((e) => e === manageSectionOf(chair.card));
      expect(actionsOf(items[votes]).map((a) => a.verb)).toEqual(['vote', 'vote', 'vote']);
      expect(manage).toBeGreaterThan(votes);
      expect(items[manage]).toMatchObject({ separator: true, spacing: 'Large' });

      // A member sees no such section, and the channel card no close button for anyone.
      expect(manageSectionOf((await mine(h, karl)).card)).toBeUndefined();
      const own = invokeCard(
        await click(h, secretary, 'refresh', { hearingId: hearing.hearingId }, h.channel),
      );
      expect(actionsOf(own).map((a) => a.verb)).not.toContain('closeHearing');
    },
  );
});

describe('closing early asks first', () => {
  teamsTest(
    'Luk høringen nu says what will follow and closes nothing; Fortryd leaves it open',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, friday);
      await voteOn(h, hearing, jonas, 'for');
      const signe = await mine(h, secretary);
      const data = { hearingId: hearing.hearingId, origin: 'mine' };

      const asked = invokeCard(await click(h, secretary, 'closeHearing', data, signe.chat));

      expect(textOf(asked)).toContain(
        '1 af 4 har svaret. Lukkes høringen nu, er den ikke beslutningsdygtig. De, der ikke har svaret, kan ikke svare bagefter.',
      );
      expect(asked.actions?.map((a) => [a.title, a.verb])).toEqual([
        ['Ja, luk høringen', 'confirmClose'],
        ['Fortryd', 'cancelClose'],
      ]);
      expect(await hearingState(h, hearing.hearingId)).toBe('open');

      const cancelled = invokeCard(await click(h, secretary, 'cancelClose', data, signe.chat));
      expect(textOf(cancelled)).toContain('Høringen er ikke lukket. Den er stadig åben.');
      expect(textOf(cancelled)).toContain('Positivlisten 2027');
      expect(await hearingState(h, hearing.hearingId)).toBe('open');
    },
  );

  teamsTest(
    'after "Ja, luk høringen" it closes with the outcome the confirmation named, and the result is posted once',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, friday);
      await voteOn(h, hearing, jonas, 'for');
      await voteOn(h, hearing, amira, 'for');
      await voteOn(h, hearing, karl, 'against');
      const signe = await mine(h, secretary);

      const asked = invokeCard(
        await click(
          h,
          secretary,
          'closeHearing',
          { hearingId: hearing.hearingId, origin: 'mine' },
          signe.chat,
        ),
      );
      expect(textOf(asked)).toContain(
        '3 af 4 har svaret. Lukkes høringen nu, bliver resultatet: Vedtaget (For 2, Imod 1).',
      );
      const confirm = asked.actions!.find((a) => a.verb === 'confirmClose')!;
      const closed = invokeCard(
        await click(h, secretary, 'confirmClose', confirm.data!, signe.chat),
      );

      expect(textOf(closed)).toContain('Høringen er lukket: Vedtaget.');
      expect(await hearingState(h, hearing.hearingId)).toBe('closed');
      const shared = await untilCardShows(h, hearing, 'Resultat: Vedtaget');
      expect(textOf(shared)).toContain('Lukket af Signe Holm.');
      await h.connector.waitUntil(
        (c) =>
          c
            .sentActivities(h.channel.conversation.id)
            .some((a) => textOf(cardIn(a)).includes('Resultat af høringen')),
        10_000,
      );
      expect(
        h.connector
          .sentActivities(h.channel.conversation.id)
          .filter((a) => textOf(cardIn(a)).includes('Resultat af høringen')),
      ).toHaveLength(1);
    },
  );

  teamsTest(
    'answers that come in between asking and confirming are shown again before anything closes',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, friday);
      await voteOn(h, hearing, jonas, 'for');
      const signe = await mine(h, secretary);
      const asked = invokeCard(
        await click(
          h,
          secretary,
          'closeHearing',
          { hearingId: hearing.hearingId, origin: 'mine' },
          signe.chat,
        ),
      );
      await voteOn(h, hearing, karl, 'against');

      const confirm = asked.actions!.find((a) => a.verb === 'confirmClose')!;
      const again = invokeCard(
        await click(h, secretary, 'confirmClose', confirm.data!, signe.chat),
      );

      expect(textOf(again)).toContain('Der er kommet nye svar, siden du trykkede.');
      expect(textOf(again)).toContain(
        '2 af 4 har svaret. Lukkes høringen nu, bliver resultatet: Forkastet (For 1, Imod 1).',
      );
      expect(await hearingState(h, hearing.hearingId)).toBe('open');
    },
  );

  teamsTest(
    'with a secret ballot and results after the deadline, the confirmation reveals no answers',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, {
        ...friday,
        ballot: 'secret',
        results: 'after_close',
      });
      await voteOn(h, hearing, jonas, 'against');
      await voteOn(h, hearing, karl, 'against');
      const signe = await mine(h, secretary);

      const asked = invokeCard(
        await click(
          h,
          secretary,
          'closeHearing',
          { hearingId: hearing.hearingId, origin: 'mine' },
          signe.chat,
        ),
      );

      expect(textOf(asked)).toContain(
        '2 af 4 har svaret. Lukkes høringen nu, gøres den op med de svar, der er afgivet. Resultatet vises, når den er lukket.',
      );
      expect(textOf(asked)).not.toMatch(/Forkastet|Vedtaget|Imod/);
    },
  );
});

describe('Påmind nu', () => {
  teamsTest(
    'reminds exactly those who have not answered, and a second press within the hour is refused and sends nothing',
    async ({ h }) => {
      // Amira and Karl have 1:1 chats with Rådsbot; Jonas answers; Lis has no Teams account.
      const amirasChat = h.teams.personalChatWith(amira);
      const karlsChat = h.teams.personalChatWith(karl);
      await h.post(h.teams.botInstalled(amirasChat, amira));
      await h.post(h.teams.botInstalled(karlsChat, karl));
      const hearing = await openHearingInTeams(h, friday);
      await voteOn(h, hearing, jonas, 'for');
      const signe = await mine(h, secretary);
      const data = { hearingId: hearing.hearingId, origin: 'mine' };
      const reminders = (conversationId: string) =>
        h.connector
          .sentActivities(conversationId)
          .filter((a) => textOf(cardIn(a)).startsWith('Påmindelse:'));

      const first = invokeCard(await click(h, secretary, 'remindNow', data, signe.chat));

      expect(textOf(manageSectionOf(first))).toContain(
        'Påmindelse sendt til 3, der ikke har svaret: Amira Lund (FH), Karl Vang (KL), Lis Mørk (DH).',
      );
      await h.connector.waitUntil(
        () =>
          reminders(amirasChat.conversation.id).length === 1 &&
          reminders(karlsChat.conversation.id).length === 1,
        10_000,
      );
      expect(h.connector.createdConversations()).toEqual([]);

      const second = invokeCard(await click(h, secretary, 'remindNow', data, signe.chat));
      expect(textOf(manageSectionOf(second))).toContain(
        'Der er allerede sendt en påmindelse kl. 09.00. Du kan påminde igen fra kl. 10.00.',
      );
      // Karl answers; once the channel card shows it, anything the second press had queued would be out too.
      await voteOn(h, hearing, karl, 'abstain');
      await untilCardShows(h, hearing, '2 af 4 har svaret');
      expect(reminders(amirasChat.conversation.id)).toHaveLength(1);
      expect(reminders(karlsChat.conversation.id)).toHaveLength(1);
      expect(
        h.connector.sentActivities(h.teams.personalChatWith(jonas).conversation.id),
      ).toHaveLength(0);
    },
  );

  teamsTest(
    'a member pressing an old Påmind nu or Luk høringen nu is told why not',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, friday);
      const chat = h.teams.personalChatWith(amira);
      const data = { hearingId: hearing.hearingId, origin: 'mine' };

      const remind = invokeCard(await click(h, amira, 'remindNow', data, chat));
      const close = invokeCard(await click(h, amira, 'closeHearing', data, chat));

      expect(textOf(remind)).toContain(
        'Kun sekretariatet og formandskabet kan sende påmindelser om en høring.',
      );
      expect(textOf(close)).toContain(
        'Kun sekretariatet og formandskabet kan ændre eller lukke en høring.',
      );
      expect(await hearingState(h, hearing.hearingId)).toBe('open');
    },
  );
});

describe('a refusal about a hearing that is not in the list', () => {
  teamsTest(
    'is said on its own instead of vanishing with the list (a stale or forged button)',
    async ({ h }) => {
      await openHearingInTeams(h, friday);
      const chat = h.teams.personalChatWith(amira);

      const answer = invokeCard(
        await click(h, amira, 'remindNow', { hearingId: 'hfindesikke', origin: 'mine' }, chat),
      );

      expect(textOf(answer)).toMatch(/^RAR Teamsregion\nHøringen findes ikke\./);
    },
  );
});
