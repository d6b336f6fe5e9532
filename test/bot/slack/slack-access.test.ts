/**
 * Who may do what from where: signatures, people not on the roster,
 * workspaces not bound to a council, and one council's workspace reaching
 * for another council's hearing.
 */
import { describe, expect } from 'vitest';
import { OTHER_WORKSPACE } from '../../fakes/fake-slack-api.ts';
import { councilTeam, eventually, seedCouncil } from '../../support/slack-harness.ts';
import { voteClick } from '../../support/slack-payloads.ts';
import { slashCommand } from '../../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../../support/slack-seeds.ts';
import { slackTest } from '../../support/slack-test.ts';

describe('signed requests', () => {
  slackTest(
    'a wrong signature, an old timestamp or a changed body is refused with 401 and casts nothing',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      await rememberChannel(bot, seeded.council.id);
      const { hearing } = await openHearingElsewhere(bot, seeded);
      const click = (sign: Parameters<typeof voteClick>[2]) =>
        bot.post(
          voteClick(
            bot,
            {
              userId: seeded.userOf(seeded.roster.members[0]!),
              hearingId: hearing.id,
              choice: 'for',
            },
            sign,
          ),
        );

      const forged = await click({ wrongSecret: 'not-the-signing-secret' });
      const stale = await click({ timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
      const tampered = await click({
        alterBody: (body) => body.replace('vote.for', 'vote.against'),
      });

      expect([forged.status, stale.status, tampered.status]).toEqual([401, 401, 401]);
      expect(await bot.stores.hearings.ballots(seeded.council.id, hearing.id)).toEqual([]);
      expect(bot.slack.callsTo('response_url')).toEqual([]);
    },
  );

  slackTest("paths other than Slack's are left to the rest of the server", async ({ bot }) => {
    const other = await fetch(`${bot.url}/api/messages`, { method: 'POST' });
    const install = await fetch(`${bot.url}/slack/install`);
    expect(other.status).toBe(404);
    expect(install.status).toBe(404); // single-workspace mode: no install page
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('people and workspaces Rådsbot does not know', () => {
  slackTest(
    'a Slack user not on the roster is told to contact the secretariat, and their click casts nothing',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      await rememberChannel(bot, seeded.council.id);
      const { hearing } = await openHearingElsewhere(bot, seeded);

      await bot.post(
        voteClick(bot, { userId: 'U0UKENDT01', hearingId: hearing.id, choice: 'for' }),
      );
      await bot.post(
        slashCommand({
          command: '/raad',
          text: 'mine',
          userId: 'U0UKENDT01',
          teamId: councilTeam,
          responseUrl: `${bot.slack.hooksUrl}cmd`,
        }),
      );

      const replies = await eventually(() => {
        const calls = bot.slack.callsTo('response_url');
        return calls.length === 2 && calls;
      }, 'both are answered');
      expect(replies.map((call) => call.args)).toEqual([
        expect.objectContaining({
          response_type: 'ephemeral',
          text: 'Du er ikke registreret i rådet — kontakt sekretariatet.',
        }),
        expect.objectContaining({
          response_type: 'ephemeral',
          text: 'Du er ikke registreret i rådet — kontakt sekretariatet.',
        }),
      ]);
      expect(await bot.stores.hearings.ballots(seeded.council.id, hearing.id)).toEqual([]);
    },
  );

  slackTest(
    'a workspace not bound to any council gets a clear message naming its team id',
    async ({ bot }) => {
      await seedCouncil(bot);

      await bot.post(
        slashCommand({
          command: '/hoering',
          teamId: OTHER_WORKSPACE.teamId,
          userId: 'U000003',
          responseUrl: `${bot.slack.hooksUrl}cmd`,
        }),
      );

      const reply = await eventually(
        () => bot.slack.callsTo('response_url')[0],
        'the command is answered',
      );
      expect(reply.args.text).toBe(
        `Dette Slack-arbejdsområde (${OTHER_WORKSPACE.teamId}) er ikke knyttet til et råd i Rådsbot endnu. Bed sekretariatet om at knytte det til rådet; derefter virker /hoering og /raad her.`,
      );
      expect(bot.slack.callsTo('views.open')).toEqual([]);
    },
  );
});

describe('one council per workspace', () => {
  slackTest(
    "a member of another council's workspace can neither see nor answer this council's hearing",
    async ({ bot }) => {
      const mine = await seedCouncil(bot);
      // Same user ids, but in another workspace bound to another council.
      const theirs = await seedCouncil(bot, {
        teamId: OTHER_WORKSPACE.teamId,
        council: { id: 'rar-anden', name: 'RAR Anden' },
      });
      await rememberChannel(bot, mine.council.id);
      const { hearing } = await openHearingElsewhere(bot, mine);
      const intruder = theirs.userOf(theirs.roster.members[0]!);

      await bot.post(
        voteClick(bot, {
          userId: intruder,
          teamId: OTHER_WORKSPACE.teamId,
          hearingId: hearing.id,
          choice: 'for',
        }),
      );
      await bot.post(
        slashCommand({
          command: '/raad',
          text: 'mine',
          teamId: OTHER_WORKSPACE.teamId,
          userId: intruder,
          responseUrl: `${bot.slack.hooksUrl}cmd`,
        }),
      );

      const replies = await eventually(() => {
        const calls = bot.slack.callsTo('response_url');
        return calls.length === 2 && calls;
      }, 'both are answered');
      expect(replies.map((call) => call.args.text).sort()).toEqual([
        'Du har ingen åbne høringer lige nu.',
        'Høringen findes ikke. Tjek nummeret, eller se listen over dine åbne høringer.',
      ]);
      expect(await bot.stores.hearings.ballots(mine.council.id, hearing.id)).toEqual([]);
      expect(await bot.stores.hearings.hearing(theirs.council.id, hearing.id)).toBeUndefined();
    },
  );
});
