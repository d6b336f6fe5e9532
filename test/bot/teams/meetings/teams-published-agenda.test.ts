/**
 * The published agenda in Teams, end to end: `publishAgenda` queues the
 * notice, the outbox and delivery workers deliver it through the message
 * lifecycle to the fake Bot Connector: the overview card in the council's
 * channel, one card per item in its thread.
 */
import { describe, expect } from 'vitest';
import { teamsTest, textOf } from '../../../support/teams-harness.ts';
import { meetingVerbNames } from '../../../../src/bot/teams/meetings/meeting-verb-names.ts';
import { agendaInChannel, agendaOf, aMeeting, currentCard } from './teams-agenda-support.ts';

describe('the published agenda in Teams', () => {
  teamsTest(
    'publishing posts the overview card in the channel and one item card per item in its thread; publishing again after a decision updates them in place',
    async ({ h }) => {
      const { councilId, actorId, meetingId } = await aMeeting(h);
      expect((await h.bot.useCases.publishAgenda({ councilId, actorId, meetingId })).ok).toBe(true);
      await h.connector.waitUntil(() => agendaInChannel(h).items.length === 3, 15_000);

      const { overviews, overview, items } = agendaInChannel(h);
      expect(overviews).toHaveLength(1);
      const card = currentCard(h, overview!);
      expect(textOf(card)).toContain('Dagsorden: Rådsmøde');
      expect(JSON.stringify(card)).toContain('Havnehuset, mødelokale 2');
      expect(textOf(card)).toContain('1.2 Budget for 2028 (B)');
      expect(card.actions?.map((action) => [action.title, action.verb, action.data])).toEqual([
        ['Meld afbud', meetingVerbNames.afbud, { meetingId }],
        ['Træk afbud tilbage', meetingVerbNames.withdrawAfbud, { meetingId }],
        ['Generér referat', meetingVerbNames.generateMinutes, { meetingId }],
      ]);
      expect(items.map((item) => textOf(currentCard(h, item)).split('\n')[0])).toEqual([
        '1.1 Velkomst og godkendelse af dagsorden (O)',
        '1.2 Budget for 2028 (B)',
        '1.3 Unge uden uddannelse (Oplæg + D)',
      ]);
      const buttons = items.map((item) => (currentCard(h, item).actions ?? []).map((a) => a.title));
      expect(buttons).toEqual([
        ['Taget til efterretning'],
        ['Start høring', 'Registrér beslutning'],
        ['Start gruppedrøftelse', 'Registrér beslutning'],
      ]);

      const decided = await h.bot.useCases.recordDecision({
        councilId,
        actorId,
        meetingId,
        itemNumber: '1.2',
        text: 'Rådet godkendte budgettet.',
      });
      expect(decided.ok).toBe(true);
      expect((await h.bot.useCases.publishAgenda({ councilId, actorId, meetingId })).ok).toBe(true);
      const budget = items[1]!;
      await h.connector.waitUntil(
        () => textOf(currentCard(h, budget)).includes('Rådet godkendte budgettet.'),
        15_000,
      );

      const after = agendaInChannel(h);
      expect(after.overviews).toHaveLength(1);
      expect(after.items).toHaveLength(3);
      expect(h.connector.updatesOf(overview!.id)).toHaveLength(1);
      // Only the item that changed is updated, in its thread.
      expect(items.map((item) => h.connector.updatesOf(item.id).length)).toEqual([0, 1, 0]);
      const update = h.connector.calls.find(
        (call) => call.operation === 'updateActivity' && call.activityId === budget.id,
      );
      expect(update?.conversationId).toBe(`${h.channel.conversation.id};messageid=${overview!.id}`);
    },
  );

  teamsTest(
    'a 40-item agenda arrives whole, each item once, even when the connector answers 429 for a while',
    async ({ h }) => {
      const { councilId, actorId, meetingId, items } = await aMeeting(h, agendaOf(40));
      expect(items).toHaveLength(40);
      expect((await h.bot.useCases.publishAgenda({ councilId, actorId, meetingId })).ok).toBe(true);
      await h.connector.waitUntil(() => agendaInChannel(h).items.length >= 10, 20_000);
      h.connector.throttleNextCalls(3, 1);
      await h.connector.waitUntil(() => agendaInChannel(h).items.length >= 40, 40_000);

      const delivered = agendaInChannel(h);
      expect(h.connector.rejectedCalls().filter((call) => call.status === 429)).toHaveLength(3);
      expect(delivered.overviews).toHaveLength(1);
      const headings = delivered.items.map((item) => textOf(currentCard(h, item)).split('\n')[0]);
      expect(headings).toHaveLength(40);
      expect(new Set(headings).size).toBe(40);
      expect(headings[39]).toBe('1.40 Punkt nummer 40 om beskæftigelse (D)');
      // Within Teams' limits per conversation: never 8 posts in a second, nor 9 in two.
      const sentAt = h.connector.calls
        .filter(
          (call) =>
            call.operation === 'sendToConversation' &&
            call.status < 300 &&
            call.conversationId?.startsWith(h.channel.conversation.id) === true,
        )
        .map((call) => call.at);
      for (let i = 7; i < sentAt.length; i++)
        expect(sentAt[i]! - sentAt[i - 7]!).toBeGreaterThanOrEqual(1_000);
      for (let i = 8; i < sentAt.length; i++)
        expect(sentAt[i]! - sentAt[i - 8]!).toBeGreaterThanOrEqual(2_000);
    },
  );
});
