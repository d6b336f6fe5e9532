/**
 * A long agenda in Slack: 40 items are posted as one overview and 40 replies
 * in its thread, paced within Slack's limit of about one message per second
 * per channel, so the fake Web API (which enforces the documented limit) never
 * has to answer 429, and nothing is lost or doubled.
 */
import { describe, expect } from 'vitest';
import { localDateInDays } from '../../../fakes/test-instants.ts';
import { councilChannelId, eventually, seedCouncil } from '../../../support/slack-harness.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest } from '../../../support/slack-test.ts';

const fortyItems = [
  '1. Rådets arbejde',
  '',
  ...Array.from({ length: 40 }, (_, index) =>
    [
      `1.${index + 1} Sag nummer ${index + 1} (B)`,
      `Indstilling: Rådet godkender sag ${index + 1}.`,
      '',
    ].join('\n'),
  ),
].join('\n');

describe('a 40-item agenda in Slack', () => {
  slackTest(
    "arrives whole in the channel, paced within Slack's per-channel limit: no 429, nothing lost or doubled",
    { timeout: 150_000 },
    async ({ bot }) => {
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
      if (!created.ok) throw new Error(created.code);
      const meetingId = created.value.meeting.id;
      const imported = await bot.useCases.importAgendaIntoMeeting({
        councilId: seeded.council.id,
        actorId,
        meetingId,
        format: 'text',
        text: fortyItems,
      });
      if (!imported.ok) throw new Error(imported.code);
      expect(imported.value.record.items).toHaveLength(40);

      const published = await bot.useCases.publishAgenda({
        councilId: seeded.council.id,
        actorId,
        meetingId,
      });
      expect(published.ok).toBe(true);

      const messages = () => bot.slack.messagesIn(councilChannelId);
      await eventually(() => messages().length >= 41, 'the overview and 40 replies', 120_000);
      const [overview, ...replies] = messages();
      expect(overview?.threadTs).toBeUndefined();
      expect(replies).toHaveLength(40);
      expect(replies.every((reply) => reply.threadTs === overview?.ts)).toBe(true);
      expect(new Set(replies.map((reply) => reply.text)).size).toBe(40);
      expect(replies.at(-1)?.text).toBe('1.40 Sag nummer 40 (B)');
      expect(bot.slack.rateLimitedCount('chat.postMessage')).toBe(0);
    },
  );
});
