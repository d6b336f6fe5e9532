/**
 * The secretariat sends an agenda out from Slack: "/raad offentliggoer"
 * lists the upcoming meetings with an agenda, the button asks first
 * (Slack's confirm dialog), and the click posts the overview in the
 * council's channel. Signed requests to real Bolt, the fake Web API, real Redis.
 */
import { describe, expect } from 'vitest';
import { meetingActionIds } from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { localDateInDays } from '../../../fakes/test-instants.ts';
import {
  councilChannelId,
  councilTeam,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { blockAction, slashCommand } from '../../../support/slack-requests.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest } from '../../../support/slack-test.ts';

const agenda = `1. Rådets arbejde

1.1 Velkomst (O)
Sagen kort: Formanden byder velkommen.

1.2 Budget for 2028 (B)
Indstilling: Det indstilles, at Rådet godkender budgettet.
`;

const raad = (bot: SlackHarness, userId: string, text: string, hook: string) =>
  bot.post(
    slashCommand({
      command: '/raad',
      text,
      userId,
      teamId: councilTeam,
      channelId: councilChannelId,
      responseUrl: `${bot.slack.hooksUrl}${hook}`,
    }),
  );

const click = (bot: SlackHarness, userId: string, value: string, hook: string) =>
  bot.post(
    blockAction({
      actionId: meetingActionIds.publishAgenda,
      value,
      userId,
      teamId: councilTeam,
      responseUrl: `${bot.slack.hooksUrl}${hook}`,
    }),
  );

/** What the response_url posted under `hook` said, as one string. */
const answered = (bot: SlackHarness, hook: string) =>
  eventually(
    () =>
      bot.slack
        .callsTo('response_url')
        .filter((call) => String(call.args['url']).endsWith(hook))
        .map((call) => JSON.stringify(call.args))
        .join('\n') || undefined,
    `the answer under ${hook}`,
  );

async function aMeetingWithAnAgenda(bot: SlackHarness) {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const day = localDateInDays(14, bot.deps.clock.now());
  const actorId = seeded.roster.secretary.id;
  const created = await bot.useCases.createMeeting({
    councilId: seeded.council.id,
    actorId,
    title: 'Rådsmøde',
    start: `${day}T13:00`,
    end: `${day}T16:00`,
  });
  if (!created.ok) throw new Error(`createMeeting: ${created.code}`);
  const meetingId = created.value.meeting.id;
  const imported = await bot.useCases.importAgendaIntoMeeting({
    councilId: seeded.council.id,
    actorId,
    meetingId,
    format: 'text',
    text: agenda,
  });
  if (!imported.ok) throw new Error(`importAgendaIntoMeeting: ${imported.code}`);
  return { seeded, meetingId };
}

const topLevel = (bot: SlackHarness) =>
  bot.slack.messagesIn(councilChannelId).filter((message) => message.threadTs === undefined);

describe('publishing an agenda from Slack', () => {
  slackTest(
    'the secretary lists the meeting, the button asks first, and the click posts the overview in the channel',
    async ({ bot }) => {
      const { seeded, meetingId } = await aMeetingWithAnAgenda(bot);
      const secretary = seeded.userOf(seeded.roster.secretary);

      await raad(bot, secretary, 'offentliggoer', 'list');
      const listed = await answered(bot, 'list');
      expect(listed).toContain('Offentliggør en dagsorden');
      expect(listed).toContain('Rådsmøde');
      expect(listed).toContain('2 punkter');
      expect(listed).toContain('Ikke offentliggjort endnu.');
      // Slack's own confirm dialog, before anything that cannot be taken back.
      expect(listed).toContain('Offentliggør dagsordenen?');
      expect(listed).toContain('Ja, offentliggør');
      expect(listed).toContain(`"value":"${meetingId}"`);

      await click(bot, secretary, meetingId, 'publish');
      expect(await answered(bot, 'publish')).toContain(
        'Dagsordenen til Rådsmøde er offentliggjort i rådets kanal.',
      );
      await eventually(
        () => bot.slack.messagesIn(councilChannelId).length === 3,
        'the overview and its two items are in the channel',
      );
      expect(topLevel(bot)).toHaveLength(1);
      expect(JSON.stringify(topLevel(bot)[0]?.blocks)).toContain('Dagsorden: Rådsmøde');

      // Listed again, it offers to publish again (an edit updates the messages in place).
      await raad(bot, secretary, 'publish', 'again');
      expect(await answered(bot, 'again')).toContain('Offentliggør igen');
    },
  );

  slackTest(
    'a member may neither list nor publish: a forged click is answered and nothing is posted',
    async ({ bot }) => {
      const { seeded, meetingId } = await aMeetingWithAnAgenda(bot);
      const member = seeded.userOf(seeded.roster.members[0]!);

      await raad(bot, member, 'offentliggoer', 'list');
      expect(await answered(bot, 'list')).toContain('sekretariatet');

      await click(bot, member, meetingId, 'forged');
      expect(await answered(bot, 'forged')).toContain('sekretariatet');
      const meeting = await bot.useCases.showMeeting({
        councilId: seeded.council.id,
        meetingId,
      });
      expect(meeting.ok && meeting.value.meeting.status).toBe('planned');
      expect(bot.slack.messagesIn(councilChannelId)).toEqual([]);
    },
  );

  slackTest(
    'an unknown meeting in a click is answered, and with no meetings the list says how to get an agenda in',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      const secretary = seeded.userOf(seeded.roster.secretary);

      await click(bot, secretary, 'no-such-meeting', 'unknown');
      expect(await answered(bot, 'unknown')).toContain('Mødet findes ikke');

      await raad(bot, secretary, 'offentliggoer', 'none');
      expect(await answered(bot, 'none')).toContain('Der er ingen kommende møder');
    },
  );
});
