/** App Home and "/raad næste": the member's next meeting, their afbud status and the referat to approve. */
import { describe, expect } from 'vitest';
import { meetingActionIds } from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import {
  councilTeam,
  eventually,
  seedCouncil,
  type SlackCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { heldMeetingWithMinutes, planMeeting } from '../../../support/meeting-seeds.ts';
import { appHomeOpened, slashCommand } from '../../../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest } from '../../../support/slack-test.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';

const json = (value: unknown) => JSON.stringify(value);

async function aCouncilWithAMeeting(bot: SlackHarness) {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const seed = {
    councilId: seeded.council.id,
    actorId: seeded.roster.secretary.id,
    now: bot.deps.clock.now(),
  };
  return { seeded, seed };
}

async function homeOf(bot: SlackHarness, seeded: SlackCouncil, member = seeded.roster.members[0]!) {
  const userId = seeded.userOf(member);
  const before = bot.slack.callsTo('views.publish').length;
  await bot.post(appHomeOpened({ userId }));
  await eventually(
    () => bot.slack.callsTo('views.publish').length > before,
    'the Home tab is published',
  );
  return bot.slack.homeOf(userId)!;
}

describe('App Home: the next meeting', () => {
  slackTest(
    'a member who sent afbud sees the next meeting with its agenda above the hearings, that their suppleant holds the seat, "Træk afbud tilbage" and the referat waiting for "Godkend referat"',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncilWithAMeeting(bot);
      const member = seeded.roster.members[0]!;
      const held = await heldMeetingWithMinutes(bot.useCases, seed);
      const meetingId = await planMeeting(bot.useCases, seed);
      const sent = await bot.useCases.sendMeetingAfbud({
        councilId: seed.councilId,
        actorId: member.id,
        meetingId,
        reason: 'Ferie',
      });
      expect(sent.ok).toBe(true);
      await openHearingElsewhere(bot, seeded, { title: 'Høring om årshjul' });

      const home = await homeOf(bot, seeded);

      const text = json(home);
      expect(text).toContain('Næste møde: Rådsmøde');
      expect(text).toContain('Havnehuset, mødelokale 2');
      expect(text).toContain('1.2 Budget for 2028 (B)');
      expect(text).toContain('1.3 Unge uden uddannelse (Oplæg + D)');
      expect(text).toContain(
        `Du har meldt afbud (Ferie). Din suppleant ${seeded.roster.substitute.name} har din plads.`,
      );
      expect(text).toContain(
        `"action_id":"${meetingActionIds.withdrawAfbud}","value":"${meetingId}"`,
      );
      expect(text).not.toContain(`"action_id":"${meetingActionIds.afbud}"`);
      expect(text).toContain('Referatet af Rådsmøde i december');
      expect(text).toContain(
        `"action_id":"${meetingActionIds.approveMinutes}","value":"${held.meetingId}"`,
      );
      expect(text.indexOf('Næste møde')).toBeLessThan(text.indexOf('Høring om årshjul'));
      expect(blockKitViolations(home, 'home')).toEqual([]);
    },
  );

  slackTest(
    "a member who has not answered gets the Afbud button; the suppleant's Home shows whose seat they hold",
    async ({ bot }) => {
      const { seeded, seed } = await aCouncilWithAMeeting(bot);
      const meetingId = await planMeeting(bot.useCases, seed);
      const [principal, other] = seeded.roster.members;
      await bot.useCases.sendMeetingAfbud({
        councilId: seed.councilId,
        actorId: principal!.id,
        meetingId,
      });

      const othersHome = json(await homeOf(bot, seeded, other));
      const substitutesHome = json(await homeOf(bot, seeded, seeded.roster.substitute));

      expect(othersHome).toContain('Du har ikke svaret endnu.');
      expect(othersHome).toContain(
        `"action_id":"${meetingActionIds.afbud}","value":"${meetingId}"`,
      );
      expect(substitutesHome).toContain(
        `Du har ${principal!.name}s plads på mødet, fordi ${principal!.name} har meldt afbud.`,
      );
      expect(substitutesHome).not.toContain(`"action_id":"${meetingActionIds.afbud}"`);
    },
  );

  slackTest(
    'an agenda not yet published shows the meeting without items; no meeting at all says none is planned',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncilWithAMeeting(bot);

      const empty = json(await homeOf(bot, seeded));
      expect(empty).toContain('Der er ikke planlagt noget møde endnu.');

      await planMeeting(bot.useCases, seed, { publish: false });
      const planned = json(await homeOf(bot, seeded));
      expect(planned).toContain('Næste møde: Rådsmøde');
      expect(planned).toContain('Dagsordenen er ikke udsendt endnu.');
      expect(planned).not.toContain('Budget for 2028');
    },
  );
});

describe('App Home in English', () => {
  slackTest(
    "an English council's member reads the next meeting and their status in English",
    async ({ bot }) => {
      const seeded = await seedCouncil(bot, { council: { locale: 'en' } });
      await rememberChannel(bot, seeded.council.id);
      const seed = {
        councilId: seeded.council.id,
        actorId: seeded.roster.secretary.id,
        now: bot.deps.clock.now(),
      };
      await planMeeting(bot.useCases, seed);

      const text = json(await homeOf(bot, seeded, seeded.roster.members[3]!));

      expect(text).toContain('Next meeting: Rådsmøde');
      expect(text).toContain('Place: Havnehuset, mødelokale 2');
      expect(text).toContain('You have not answered yet.');
      expect(text).toContain('"text":"Afbud"');
    },
  );
});

describe('/raad næste', () => {
  /** Types "/raad <text>" and waits for the answer only they see. */
  const ask = async (bot: SlackHarness, userId: string, text: string) => {
    const before = bot.slack.callsTo('response_url').length;
    await bot.post(
      slashCommand({
        command: '/raad',
        text,
        userId,
        teamId: councilTeam,
        responseUrl: `${bot.slack.hooksUrl}cmd`,
      }),
    );
    return eventually(() => bot.slack.callsTo('response_url')[before], 'the command is answered');
  };

  slackTest(
    'answers only the member with the next meeting, their status and the Afbud button',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncilWithAMeeting(bot);
      const meetingId = await planMeeting(bot.useCases, seed);
      const userId = seeded.userOf(seeded.roster.members[1]!);

      const reply = await ask(bot, userId, 'næste møde');

      expect(reply.args).toMatchObject({ response_type: 'ephemeral' });
      const text = json(reply.args);
      expect(text).toContain('Næste møde: Rådsmøde');
      expect(text).toContain('1.2 Budget for 2028 (B)');
      expect(text).toContain(`"action_id":"${meetingActionIds.afbud}","value":"${meetingId}"`);
      expect(blockKitViolations(reply.args as Record<string, unknown>, 'message')).toEqual([]);
    },
  );

  slackTest('with nothing planned it says so, in ASCII spelling too', async ({ bot }) => {
    const { seeded } = await aCouncilWithAMeeting(bot);
    const userId = seeded.userOf(seeded.roster.members[1]!);

    const reply = await ask(bot, userId, 'naeste');

    expect(json(reply.args)).toContain('Der er ikke planlagt noget møde endnu.');
  });
});
