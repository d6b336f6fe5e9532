/**
 * Afbud for a meeting in Teams through the real endpoint: a member's click
 * on "Meld afbud" gives the afbud card, its button sends it, the suppleant
 * gets a card in their 1:1 chat, and withdrawing gives the seat back. The
 * meeting's reminders come as 1:1 cards with the afbud button. The clock
 * stands still unless a test moves it.
 */
import { describe, expect } from 'vitest';
import { queueMeetingReminderNotices } from '../../../../src/app/meetings/queue-meeting-reminder-notices.ts';
import { meetingVerbNames } from '../../../../src/bot/teams/meetings/meeting-verb-names.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START, localDateInDays } from '../../../fakes/test-instants.ts';
import { TEAMS_PEOPLE, type TeamsAccount } from '../../../support/teams-activities.ts';
import { click, say } from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  teamsTestWith,
  textOf,
  TEAMS_SUBSTITUTE,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';

// One clock for the file's tests, which run one after another: each sets it back first.
const clock = new FixedClock(HARNESS_START);
const teamsTest = teamsTestWith({ clock });
const englishTest = teamsTestWith({ clock, locale: 'en' });

const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;

/** A published meeting a week ahead (Saturday 9 January 2027, 13.00–16.00 in Copenhagen). */
async function aPublishedMeeting(h: TeamsHarness) {
  clock.set(HARNESS_START);
  // Everyone has their 1:1 chat with the bot before the agenda goes out.
  const chats = {
    jonas: await personalChat(h, jonas),
    amira: await personalChat(h, amira),
    bo: await personalChat(h, TEAMS_SUBSTITUTE),
  };
  const day = localDateInDays(7);
  const councilId = h.council.id;
  const created = await h.bot.useCases.createMeeting({
    councilId,
    actorId: 'signe',
    title: 'Rådsmøde januar',
    start: `${day}T13:00`,
    end: `${day}T16:00`,
  });
  if (!created.ok) throw new Error(`createMeeting: ${created.code}`);
  const meetingId = created.value.meeting.id;
  const imported = await h.bot.useCases.importAgendaIntoMeeting({
    councilId,
    actorId: 'signe',
    meetingId,
    format: 'text',
    text: '1. Rådets arbejde\n\n1.1 Budget for 2028 (B)\nSagen kort: Et udkast.\n',
  });
  if (!imported.ok) throw new Error(`import: ${imported.code}`);
  const published = await h.bot.useCases.publishAgenda({ councilId, actorId: 'signe', meetingId });
  if (!published.ok) throw new Error(`publish: ${published.code}`);
  await h.connector.waitUntil(
    () =>
      [chats.jonas, chats.amira].every((chat) =>
        allCardsTo(h, chat.conversation.id).some((card) => isAgendaCard(card)),
      ),
    10_000,
  );
  return { councilId, meetingId, day, meeting: published.value.record.meeting, chats };
}

/** The person installed the bot in their 1:1 chat (a welcome comes first). */
async function personalChat(h: TeamsHarness, person: TeamsAccount) {
  const chat = h.teams.personalChatWith(person);
  await h.post(h.teams.botInstalled(chat, person));
  return chat;
}

const allCardsTo = (h: TeamsHarness, conversationId: string) =>
  h.connector
    .sentActivities(conversationId)
    .map((activity) => cardIn(activity))
    .filter((card) => card !== undefined);

const isAgendaCard = (card: unknown) => /^(Dagsordenen til|The agenda for) /.test(textOf(card));

/** The cards in a 1:1 chat after the published agenda's (which every invitee gets at publishing). */
const cardsTo = (h: TeamsHarness, conversationId: string) =>
  allCardsTo(h, conversationId).filter((card) => !isAgendaCard(card));

describe('afbud for a meeting in Teams', () => {
  teamsTest(
    'a member sends afbud from a card with a reason, and their suppleant gets a card in their 1:1 chat; withdrawing gives the seat back and the suppleant is told',
    async ({ h }) => {
      const { councilId, meetingId, chats } = await aPublishedMeeting(h);
      const amirasChat = chats.amira;
      const bosChat = chats.bo;

      const asked = invokeCard(
        await click(h, amira, meetingVerbNames.afbud, { meetingId }, amirasChat),
      );
      expect(textOf(asked)).toContain(
        'Afbud til «Rådsmøde januar» 9. januar 2027, kl. 13.00–16.00',
      );
      expect(asked.actions?.map((action) => [action.title, action.verb])).toEqual([
        ['Send afbud', meetingVerbNames.afbud],
      ]);

      const sent = invokeCard(
        await click(
          h,
          amira,
          meetingVerbNames.afbud,
          { ...asked.actions?.[0]?.data, reason: 'Ferie' },
          amirasChat,
        ),
      );
      expect(textOf(sent)).toContain(
        'Bo Sand holder din plads på mødet og i høringerne på dagsordenen og har fået besked.',
      );
      expect(await h.bot.deps.absences.absences(councilId)).toEqual([
        expect.objectContaining({
          memberId: 'amira',
          scope: { kind: 'meeting', meetingId },
          reason: 'Ferie',
        }),
      ]);

      await h.connector.waitUntil(() => cardsTo(h, bosChat.conversation.id).length === 1, 10_000);
      const told = cardsTo(h, bosChat.conversation.id)[0];
      expect(textOf(told)).toMatch(
        /^Amira Lund har meldt afbud til «Rådsmøde januar» 9\. januar 2027, kl\. 13\.00–16\.00\. Du holder pladsen/,
      );
      expect(textOf(told)).toContain('1.1 Budget for 2028 (B)');

      const withdrawn = invokeCard(
        await click(h, amira, meetingVerbNames.withdrawAfbud, { meetingId }, amirasChat),
      );
      expect(textOf(withdrawn)).toContain(
        'er trukket tilbage, og pladsen er din igen. Bo Sand har fået besked.',
      );
      await h.connector.waitUntil(() => cardsTo(h, bosChat.conversation.id).length === 2, 10_000);
      expect(textOf(cardsTo(h, bosChat.conversation.id)[1])).toMatch(
        /^Amira Lund har trukket sit afbud til «Rådsmøde januar» .+ tilbage, så pladsen er medlemmets igen/,
      );
      expect(await h.bot.deps.absences.absences(councilId)).toEqual([]);
    },
  );

  teamsTest(
    'a forged or missing meeting id gets an answer card, and nothing is stored',
    async ({ h }) => {
      const { councilId, chats } = await aPublishedMeeting(h);
      const chat = chats.jonas;
      const forged = invokeCard(
        await click(h, jonas, meetingVerbNames.afbud, { meetingId: 'x:/"', send: 'yes' }, chat),
      );
      expect(textOf(forged)).toContain('Afbud til mødet');
      const missing = invokeCard(await click(h, jonas, meetingVerbNames.withdrawAfbud, {}, chat));
      expect(textOf(missing)).toContain('Afbud til mødet');
      expect(await h.bot.deps.absences.absences(councilId)).toEqual([]);
    },
  );

  englishTest(
    'afbud after the meeting began is refused in the member’s language',
    async ({ h }) => {
      const { councilId, meetingId, day, chats } = await aPublishedMeeting(h);
      const chat = chats.jonas;
      clock.set(new Date(`${day}T12:30:00.000Z`));
      const refused = invokeCard(
        await click(h, jonas, meetingVerbNames.afbud, { meetingId, send: 'yes' }, chat),
      );
      expect(textOf(refused)).toContain('The meeting has begun');
      expect(await h.bot.deps.absences.absences(councilId)).toEqual([]);
    },
  );

  teamsTest(
    'the afbud reminder and the day-before reminder come as 1:1 cards with the buttons that matter',
    async ({ h }) => {
      const { councilId, meetingId, meeting, chats } = await aPublishedMeeting(h);
      const jonasChat = chats.jonas;
      const agenda = allCardsTo(h, jonasChat.conversation.id).find(isAgendaCard);
      expect(textOf(agenda)).toMatch(
        /^Dagsordenen til «Rådsmøde januar» 9\. januar 2027, kl\. 13\.00–16\.00 er udsendt\./,
      );
      expect(agenda?.actions?.map((action) => action.verb)).toEqual([meetingVerbNames.afbud]);
      const job = { councilId, meetingId, start: meeting.start, sequence: meeting.sequence ?? 0 };

      clock.set(new Date(`${localDateInDays(5)}T09:00:00.000Z`));
      await queueMeetingReminderNotices(h.bot.deps, { ...job, reminderKey: 'afbud-deadline' });
      await h.connector.waitUntil(() => cardsTo(h, jonasChat.conversation.id).length === 1, 10_000);
      const afbudReminder = cardsTo(h, jonasChat.conversation.id)[0];
      expect(textOf(afbudReminder)).toMatch(/^Kommer du til «Rådsmøde januar»/);
      expect(afbudReminder?.actions?.map((action) => [action.title, action.verb])).toEqual([
        ['Meld afbud', meetingVerbNames.afbud],
        ['Jeg kommer', meetingVerbNames.coming],
      ]);
      const noted = invokeCard(
        await click(h, jonas, meetingVerbNames.coming, { meetingId }, jonasChat),
      );
      expect(textOf(noted)).toContain('Tak. Du er noteret som deltager i «Rådsmøde januar»');

      clock.set(new Date(`${localDateInDays(6)}T09:00:00.000Z`));
      await queueMeetingReminderNotices(h.bot.deps, { ...job, reminderKey: 'day-before' });
      await h.connector.waitUntil(() => cardsTo(h, jonasChat.conversation.id).length === 2, 10_000);
      const dayBefore = cardsTo(h, jonasChat.conversation.id)[1];
      expect(textOf(dayBefore)).toMatch(
        /^Påmindelse: I morgen er der møde: «Rådsmøde januar» 9\. januar 2027, kl\. 13\.00–16\.00\./,
      );
      expect(dayBefore?.actions?.map((action) => action.verb)).toEqual([meetingVerbNames.afbud]);
      // The secretariat runs the meeting and is not reminded to come.
      expect(cardsTo(h, h.teams.personalChatWith(secretary).conversation.id)).toEqual([]);
    },
  );

  teamsTest(
    'the afbud form offers the upcoming meeting, and choosing it sends afbud so the suppleant is told',
    async ({ h }) => {
      const { councilId, meetingId, chats } = await aPublishedMeeting(h);
      const amirasChat = chats.amira;
      const bosChat = chats.bo;
      const form = cardIn(await say(h, amira, 'afbud', amirasChat));
      const choice = form?.body.find((element) => element['id'] === 'meetingId');
      expect(choice?.['choices']).toEqual([
        { title: 'Rådsmøde januar (9. januar 2027, kl. 13.00–16.00)', value: meetingId },
      ]);

      const sent = invokeCard(await click(h, amira, 'registerAbsence', { meetingId }, amirasChat));
      expect(textOf(sent)).toContain('Bo Sand holder din plads på mødet');
      expect(await h.bot.deps.absences.absences(councilId)).toEqual([
        expect.objectContaining({ memberId: 'amira', scope: { kind: 'meeting', meetingId } }),
      ]);
      await h.connector.waitUntil(() => cardsTo(h, bosChat.conversation.id).length === 1, 10_000);
    },
  );
});
