/**
 * Signed bodies of every shape, posted to /slack/events: a correctly signed
 * request with nonsense inside is still nonsense. None may answer 500, cast a
 * ballot or stop the service.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { seedCouncil } from '../support/slack-harness.ts';
import { signSlackBody } from '../support/slack-requests.ts';
import { slackTest } from '../support/slack-test.ts';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

describe('Slack HTTP fuzz', () => {
  slackTest(
    'signed bodies of any shape get 2xx or 4xx, never 500, and change nothing',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      // Interactive payloads near the real ones: a known type with fields of any kind.
      const nearPayload = fc.record(
        {
          type: fc.constantFrom(
            'block_actions',
            'view_submission',
            'view_closed',
            'message_action',
            'shortcut',
          ),
          user: fc.oneof(fc.constant({ id: 'U0MEDLEM01' }), fc.jsonValue()),
          team: fc.oneof(fc.constant({ id: 'T0KOMMUNE1' }), fc.jsonValue()),
          actions: fc.oneof(
            fc.jsonValue(),
            fc.array(fc.record({ action_id: fc.string(), value: fc.jsonValue() })),
          ),
          view: fc.jsonValue(),
          trigger_id: fc.jsonValue(),
          callback_id: fc.jsonValue(),
        },
        { requiredKeys: ['type'] },
      );
      const bodies = fc.sample(
        fc.oneof(
          nearPayload.map((payload) => ({
            type: FORM,
            body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
          })),
          fc.jsonValue().map((value) => ({
            type: FORM,
            body: new URLSearchParams({ payload: JSON.stringify(value) }).toString(),
          })),
          fc.jsonValue().map((value) => ({ type: JSON_TYPE, body: JSON.stringify(value) })),
          fc
            .dictionary(
              fc.constantFrom(
                'command',
                'text',
                'user_id',
                'team_id',
                'response_url',
                'trigger_id',
              ),
              fc.string(),
            )
            .map((fields) => ({ type: FORM, body: new URLSearchParams(fields).toString() })),
        ),
        { numRuns: 300, seed: 20261129 },
      );

      const statuses = new Map<number, number>();
      for (const { type, body } of bodies) {
        const { status } = await bot.post(signSlackBody(body, type));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
      const failed = [...statuses]
        .filter(([status]) => status >= 500)
        .reduce((n, [, c]) => n + c, 0);
      console.log(
        `Slack HTTP fuzz: ${bodies.length} signed bodies, ${failed} answered 5xx (${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')})`,
      );

      expect(failed).toBe(0);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      const hearings = await bot.stores.hearings.openHearings?.(seeded.council.id);
      expect(hearings ?? []).toEqual([]);
    },
  );
});
