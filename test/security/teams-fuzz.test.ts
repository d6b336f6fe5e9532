/**
 * Bodies that are JSON objects but not activities, posted to /api/messages:
 * each is refused with 400, none runs the bot, and the service goes on.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { TEAMS_PEOPLE } from '../support/teams-activities.ts';
import { teamsTest } from '../support/teams-harness.ts';

const { memberA: jonas } = TEAMS_PEOPLE;

describe('Teams HTTP fuzz', () => {
  teamsTest(
    'an object that is not an activity gets 400, never 500, and the service keeps answering',
    async ({ h }) => {
      const valid = h.teams.message(
        jonas,
        'hjælp',
        h.teams.personalChatWith(jonas),
      ) as unknown as Record<string, unknown>;
      // Each field of a real message replaced by a value of the wrong kind.
      const wrongKind = fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.integer(), { maxLength: 2 }),
        fc.constant({ nested: { id: 7 } }),
      );
      const field = fc.constantFrom(
        'type',
        'from',
        'conversation',
        'recipient',
        'channelId',
        'id',
        'timestamp',
      );
      const bodies = fc.sample(
        fc.tuple(field, wrongKind).map(([key, value]) => ({ ...valid, [key]: value })),
        { numRuns: 150, seed: 20261129 },
      );
      bodies.push({ type: 42 }, { type: 'message', from: 'Jonas' }, { conversation: [] });

      const statuses = new Map<number, number>();
      for (const body of bodies) {
        const { status } = await fetch(`${h.bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
      const crashed = statuses.get(500) ?? 0;
      console.log(
        `Teams HTTP fuzz: ${bodies.length} bodies, ${crashed} answered 500 (${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')})`,
      );

      expect(crashed).toBe(0);
      expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
      expect((await h.post(valid)).status).toBe(200);
    },
  );
});
