/**
 * Where the bot lives in Teams: installing it binds a channel or chat to a
 * council, a 1:1 chat is remembered for reminders, and what people type is
 * understood in Danish and English.
 */
import { describe, expect } from 'vitest';
import { TEAMS_PEOPLE } from '../../support/teams-activities.ts';
import { click, openHearingInTeams, replyText, say } from '../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  teamsRosterYaml,
  textOf,
  teamsTest,
  teamsTestWith,
  type TeamsHarness,
} from '../../support/teams-harness.ts';

const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;
const notInstalled = teamsTestWith({ installed: false });

const councilAddressOf = (h: TeamsHarness, councilId = h.council.id) =>
  h.bot.deps.directory.address(councilId, 'teams', 'council') as Promise<
    { reference: { conversation: { id: string }; serviceUrl: string }; scope: string } | undefined
  >;

describe('installing the bot', () => {
  notInstalled(
    'in a team channel with one council: binds the team to it, once, and greets once',
    async ({ h }) => {
      const channel = h.channel;
      await h.post(h.teams.botInstalled(channel, secretary));
      await h.post(h.teams.botInstalled(channel, secretary)); // Teams (and the Playground) repeat it

      const greetings = h.connector.sentActivities(channel.conversation.id);
      expect(greetings.map((a) => a.text)).toEqual([
        'Denne samtale er nu rådets kanal for RAR Teamsregion. Nye høringer kommer her. Skriv «@Rådsbot hjælp» for at se, hvad jeg kan.',
      ]);
      expect(await councilAddressOf(h)).toMatchObject({
        scope: 'channel',
        reference: {
          conversation: { id: channel.conversation.id },
          serviceUrl: h.connector.serviceUrl,
        },
      });
      // The team's channels and the organisation's 1:1 chats now belong to the council.
      expect(replyText(await say(h, jonas, 'hjælp', h.teams.personalChatWith(jonas)))).toContain(
        'Rådsbot — hjælp',
      );
    },
  );

  notInstalled(
    'with several councils it says how to bind; "tilknyt" by the secretariat binds, by a member is refused',
    async ({ h }) => {
      const second = await h.bot.useCases.importRoster({
        format: 'yaml',
        text: teamsRosterYaml('da', 'rar-nord', 'RAR Nord'),
      });
      expect(second.ok).toBe(true);
      const chat = h.teams.groupChat();

      await h.post(h.teams.botInstalled(chat, secretary));
      expect(h.connector.lastSentActivity(chat.conversation.id)?.text).toMatch(
        /^Hej, jeg er Rådsbot\. Sekretariatet knytter denne samtale til rådet ved at skrive «@Rådsbot tilknyt <råd-id>»\. Råd i Rådsbot: (rar-nord, rar-teams|rar-teams, rar-nord)\.$/,
      );
      expect(replyText(await say(h, jonas, 'mine høringer', chat))).toBe(
        'Denne samtale er ikke knyttet til et råd i Rådsbot endnu. Sekretariatet knytter den til rådet ved at skrive «tilknyt <råd-id>» til Rådsbot her.',
      );
      expect(replyText(await say(h, amira, 'tilknyt rar-nord', chat))).toBe(
        'Kun sekretariatet og formandskabet i RAR Nord kan knytte en samtale til rådet.',
      );
      expect(replyText(await say(h, secretary, 'tilknyt rar-ukendt', chat))).toMatch(
        /^Rådet «rar-ukendt» findes ikke\./,
      );

      expect(replyText(await say(h, secretary, 'tilknyt rar-nord', chat))).toBe(
        'Denne samtale er nu rådets kanal for RAR Nord. Nye høringer kommer her. Skriv «@Rådsbot hjælp» for at se, hvad jeg kan.',
      );
      expect(await councilAddressOf(h, 'rar-nord')).toMatchObject({
        scope: 'groupChat',
        reference: { conversation: { id: chat.conversation.id } },
      });
      expect(replyText(await say(h, jonas, 'mine høringer', chat))).toContain('Dine åbne høringer');
    },
  );

  teamsTest("a member's 1:1 install is kept for reminders, with one welcome", async ({ h }) => {
    const chat = h.teams.personalChatWith(amira);
    await h.post(h.teams.botInstalled(chat, amira));
    await h.post(h.teams.botInstalled(chat, amira));

    expect(h.connector.sentActivities(chat.conversation.id).map((a) => a.text)).toEqual([
      'Hej Amira! Jeg er Rådsbot. Her får du påmindelser om høringer, og med «mine høringer» ser og besvarer du dine åbne høringer. Skriv «hjælp» for mere.',
    ]);
    expect(await h.bot.deps.directory.address(h.council.id, 'teams', 'amira')).toMatchObject({
      userId: amira.id,
      reference: { conversation: { id: chat.conversation.id }, serviceUrl: h.connector.serviceUrl },
    });
  });
});

describe('what people type', () => {
  teamsTest.for(['hjælp', 'help', 'HJÆLP.', '?'])(
    '"%s" shows the help card, in the council\'s language',
    async (text, { h }) => {
      const help = cardIn(await say(h, jonas, text, h.teams.personalChatWith(jonas)));
      expect(textOf(help)).toContain('Rådsbot — hjælp');
      expect(textOf(help)).toContain(
        '• ny høring — sender en sag i høring (sekretariat og formandskab)',
      );
    },
  );

  teamsTest('anything else gets the help card, saying what was not understood', async ({ h }) => {
    const help = cardIn(await say(h, jonas, 'hvornår er næste møde?', h.channel));
    expect(textOf(help)).toMatch(/^Jeg forstod ikke «hvornår er næste møde\?»\.\nRådsbot — hjælp/);
    expect(textOf(help)).toContain('I en kanal eller gruppechat nævner du @Rådsbot først');
  });

  teamsTest('English commands work too: "new hearing" and "my hearings"', async ({ h }) => {
    const chat = h.teams.personalChatWith(secretary);
    expect(cardIn(await say(h, secretary, 'new hearing', chat))?.actions?.[0]?.verb).toBe(
      'openHearing',
    );
    const hearing = await openHearingInTeams(h);
    const mine = cardIn(await say(h, jonas, 'my hearings', h.teams.personalChatWith(jonas)));
    expect(textOf(mine)).toContain('Dine åbne høringer');
    expect(textOf(mine)).toContain('Positivlisten 2027');
    expect(textOf(mine)).toContain('Du har ikke svaret endnu.');
    // Voting from the list answers with the list, updated.
    const vote = mine?.body
      .flatMap((e) => (e['items'] as Record<string, unknown>[] | undefined) ?? [])
      .find((e) => e['type'] === 'ActionSet') as
      { actions: { data: Record<string, unknown> }[] } | undefined;
    expect(vote?.actions[0]?.data).toEqual({
      hearingId: hearing.hearingId,
      choice: 'for',
      origin: 'mine',
    });
    const answer = invokeCard(
      await click(h, jonas, 'vote', vote?.actions[0]?.data ?? {}, h.teams.personalChatWith(jonas)),
    );
    expect(textOf(answer)).toContain('Dine åbne høringer');
    expect(textOf(answer)).toContain('Du har stemt For — du kan ændre indtil fristen.');
  });

  teamsTest(
    '"afbud" gives a form; sending it for a hearing hands the seat to the substitute',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h);
      const chat = h.teams.personalChatWith(amira);
      const form = cardIn(await say(h, amira, 'afbud', chat));
      expect(textOf(form)).toContain('Meld afbud');
      expect(form?.body.find((e) => e['id'] === 'hearingId')?.['choices']).toEqual([
        { title: expect.stringContaining('Positivlisten 2027'), value: hearing.hearingId },
      ]);

      const none = invokeCard(await click(h, amira, 'registerAbsence', {}, chat));
      expect(textOf(none)).toContain('Vælg en høring eller både «Fra» og «Til».');
      const done = invokeCard(
        await click(h, amira, 'registerAbsence', { hearingId: hearing.hearingId }, chat),
      );
      expect(textOf(done)).toContain(
        'Afbud registreret for høringen «Positivlisten 2027». Din suppleant har nu stemmeretten.',
      );
      // The secretariat holds no seat: no afbud.
      expect(replyText(await say(h, secretary, 'afbud', h.teams.personalChatWith(secretary)))).toBe(
        'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
      );
    },
  );
});
