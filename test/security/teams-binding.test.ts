/**
 * Which council a Teams place belongs to: once bound, a team, group chat or
 * the organisation's personal chats stay with that council unless its own
 * secretariat moves them, after confirming. Another council's secretariat
 * can never take them.
 */
import { describe, expect } from 'vitest';
import { TEAMS_PEOPLE } from '../support/teams-activities.ts';
import { click, replyText, say } from '../support/teams-flows.ts';
import { cardIn, textOf, teamsTest, type TeamsHarness } from '../support/teams-harness.ts';

const { secretary: signe, memberA: jonas, outsider: per } = TEAMS_PEOPLE;

/** A second council whose secretariat is Per, who is nobody in the first. */
async function addOtherCouncil(h: TeamsHarness) {
  const imported = await h.bot.useCases.importRoster({
    format: 'yaml',
    text: [
      'council: { id: rar-andet, name: RAR Andet, locale: da, timeZone: Europe/Copenhagen }',
      'members:',
      `  - { id: per, name: Per Bak, organisation: Sekretariatet, role: sekretariat, teams: ${per.aadObjectId} }`,
      '  - { id: ulla, name: Ulla Krog, organisation: DA, role: formand }',
      '',
    ].join('\n'),
  });
  expect(imported.ok).toBe(true);
}

const councilOf = (h: TeamsHarness, workspaceId: string) =>
  h.bot.deps.directory.councilForWorkspace('teams', workspaceId);
const tenantOf = (h: TeamsHarness) => `tenant/${h.channel.conversation.tenantId}`;
const teamOf = (h: TeamsHarness) => `team/${(h.channel.channelData['team'] as { id: string }).id}`;

describe('Teams binding takeover', () => {
  teamsTest(
    "another council's secretary cannot take the organisation's personal chats",
    async ({ h }) => {
      await addOtherCouncil(h);
      const before = await councilOf(h, tenantOf(h));
      expect(before).toBe(h.council.id);

      const reply = replyText(
        await say(h, per, 'tilknyt rar-andet', h.teams.personalChatWith(per)),
      );

      expect(reply).toBe(
        'Denne samtale hører til RAR Teamsregion. Kun sekretariatet eller formandskabet i RAR Teamsregion kan flytte den til et andet råd.',
      );
      expect(await councilOf(h, tenantOf(h))).toBe(h.council.id);
      expect(replyText(await say(h, jonas, 'hjælp', h.teams.personalChatWith(jonas)))).toContain(
        'Rådsbot — hjælp',
      );
    },
  );

  teamsTest("another council's secretary cannot take a bound team channel", async ({ h }) => {
    await addOtherCouncil(h);

    const reply = replyText(await say(h, per, 'tilknyt rar-andet', h.channel));

    expect(reply).toMatch(/^Denne samtale hører til RAR Teamsregion\./);
    expect(await councilOf(h, teamOf(h))).toBe(h.council.id);
  });

  teamsTest(
    "the holding council's secretary is asked first; Fortryd changes nothing, Ja moves it",
    async ({ h }) => {
      await addOtherCouncil(h);

      const question = cardIn(await say(h, signe, 'tilknyt rar-andet', h.channel));
      expect(textOf(question)).toContain(
        'Denne samtale hører i dag til RAR Teamsregion. Flyttes den til RAR Andet',
      );
      expect(await councilOf(h, teamOf(h))).toBe(h.council.id);
      const [yes, no] = question?.actions ?? [];
      expect([yes?.title, no?.title]).toEqual(['Ja, flyt til RAR Andet', 'Fortryd']);

      const kept = await click(h, signe, no!.verb!, no!.data ?? {}, h.channel);
      expect(kept.body?.value).toBe('Intet er ændret: samtalen hører stadig til RAR Teamsregion.');
      expect(await councilOf(h, teamOf(h))).toBe(h.council.id);

      // Per pressing the button on Signe's card is not Signe confirming.
      const taken = await click(h, per, yes!.verb!, yes!.data ?? {}, h.channel);
      expect(taken.body?.value).toMatch(/^Denne samtale hører til RAR Teamsregion\./);
      expect(await councilOf(h, teamOf(h))).toBe(h.council.id);

      const moved = await click(h, signe, yes!.verb!, yes!.data ?? {}, h.channel);
      expect(moved.body?.value).toMatch(/^Denne samtale er nu rådets kanal for RAR Andet\./);
      expect(await councilOf(h, teamOf(h))).toBe('rar-andet');
    },
  );

  teamsTest(
    'an unbound group chat is bound by the new council as easily as before',
    async ({ h }) => {
      await addOtherCouncil(h);
      const chat = h.teams.groupChat();

      const reply = replyText(await say(h, per, 'tilknyt rar-andet', chat));

      expect(reply).toMatch(/^Denne samtale er nu rådets kanal for RAR Andet\./);
      expect(await councilOf(h, `chat/${chat.conversation.id}`)).toBe('rar-andet');
    },
  );
});
