/**
 * The published agenda in Slack, end to end: `publishAgenda` queues the
 * notice, the outbox and delivery workers deliver it through the message
 * lifecycle to the fake Slack Web API.
 */
import { describe, expect } from 'vitest';
import { localDateInDays } from '../../../fakes/test-instants.ts';
import {
  councilChannelId,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest, slackTestWith } from '../../../support/slack-test.ts';

// chat.postMessage squeezed to one every two seconds per channel, so the item replies hit 429.
const slowChannel = slackTestWith({
  fake: { limits: { postMessagePerChannel: { burst: 1, perSecond: 0.5 } } },
});

const agenda = `1. Rådets arbejde

1.1 Velkomst og godkendelse af dagsorden (O)
Sagen kort: Formanden byder velkommen.

1.2 Budget for 2028 (B)
Sagen kort: Sekretariatet har lagt et udkast til budget frem.
Indstilling: Det indstilles, at Rådet godkender budgettet.
Bilag 1.2.A – Budgetoversigt

1.3 Unge uden uddannelse (Oplæg + D)
Sagen kort: Jobcentret fortæller om de unge uden uddannelse.
`;

async function aMeetingWithThreeItems(bot: SlackHarness) {
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
    place: 'Havnehuset, mødelokale 2',
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
  if (!imported.ok) throw new Error(`importAgendaIntoMeeting: ${imported.code} ${imported.field}`);
  return { councilId: seeded.council.id, actorId, meetingId, items: imported.value.record.items };
}

describe('the published agenda in Slack', () => {
  slackTest(
    'publishing a 3-item meeting posts one overview in the channel and one reply per item in its thread; a recorded decision updates its item’s reply in place, and publishing again posts nothing new',
    async ({ bot }) => {
      const { councilId, actorId, meetingId, items } = await aMeetingWithThreeItems(bot);
      expect(items).toHaveLength(3);

      const published = await bot.useCases.publishAgenda({ councilId, actorId, meetingId });
      expect(published.ok).toBe(true);
      const topLevel = () =>
        bot.slack.messagesIn(councilChannelId).filter((message) => message.threadTs === undefined);
      const replies = () =>
        bot.slack.messagesIn(councilChannelId).filter((message) => message.threadTs !== undefined);
      // A published agenda is a refresh: its jobs leave no trace once done, so watch the channel.
      await eventually(
        () => topLevel().length === 1 && replies().length === 3,
        'the published agenda was delivered',
      );

      const [overview] = topLevel();
      expect(topLevel()).toHaveLength(1);
      expect(replies()).toHaveLength(3);
      expect(JSON.stringify(overview?.blocks)).toContain('Dagsorden: Rådsmøde');
      expect(JSON.stringify(overview?.blocks)).toContain('1.2 Budget for 2028 (B)');
      expect(replies().every((reply) => reply.threadTs === overview?.ts)).toBe(true);
      expect(replies().map((reply) => reply.text)).toEqual([
        '1.1 Velkomst og godkendelse af dagsorden (O)',
        '1.2 Budget for 2028 (B)',
        '1.3 Unge uden uddannelse (Oplæg + D)',
      ]);

      const decided = await bot.useCases.recordDecision({
        councilId,
        actorId,
        meetingId,
        itemNumber: '1.2',
        text: 'Rådet godkendte budgettet.',
      });
      expect(decided.ok).toBe(true);

      // The decision alone refreshes the agenda in chat: only the item that changed is updated.
      const budget = () => replies().find((reply) => reply.text === '1.2 Budget for 2028 (B)');
      await eventually(
        () => JSON.stringify(budget()?.blocks).includes('Rådet godkendte budgettet.'),
        "the budget item's reply shows the decision",
      );
      await eventually(() => topLevel()[0]?.updateCount === 1, 'the overview is refreshed');
      expect(replies().map((reply) => reply.updateCount)).toEqual([0, 1, 0]);

      const again = await bot.useCases.publishAgenda({ councilId, actorId, meetingId });
      expect(again.ok && again.value.again).toBe(true);
      await eventually(() => topLevel()[0]?.updateCount === 2, 'the overview is refreshed again');
      expect(topLevel()).toHaveLength(1);
      expect(replies()).toHaveLength(3);
      // Publishing again changes no item: every reply already shows what it says.
      expect(replies().map((reply) => reply.updateCount)).toEqual([0, 1, 0]);
      // In the channel: the overview and three replies (each invitee's agenda DM goes elsewhere).
      expect(
        bot.slack
          .callsTo('chat.postMessage')
          .filter((call) => call.args['channel'] === councilChannelId),
      ).toHaveLength(4);
    },
  );

  slowChannel(
    'replies that run into 429 are waited out and picked up where they stopped: nothing is lost or doubled',
    async ({ bot }) => {
      const { councilId, actorId, meetingId } = await aMeetingWithThreeItems(bot);
      await bot.useCases.publishAgenda({ councilId, actorId, meetingId });
      const messages = () => bot.slack.messagesIn(councilChannelId);
      await eventually(() => messages().length === 4, 'the published agenda was delivered', 20_000);
      expect(messages()).toHaveLength(4);
      expect(bot.slack.rateLimitedCount('chat.postMessage')).toBeGreaterThan(0);
      expect(messages().filter((message) => message.threadTs === undefined)).toHaveLength(1);
      expect(new Set(messages().map((message) => message.text)).size).toBe(4);
    },
  );
});
