import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { actionIds } from '../../../src/bot/slack/hearings/hearing-ids.ts';
import { guardSlackRequest, requestMemoryWaitMs } from '../../../src/bot/slack/request-guard.ts';
import { blockAction, SIGNING_SECRET } from '../../support/slack-requests.ts';

const NOW_SECONDS = 1_900_000_000;

function incoming(request: { headers: Record<string, string>; body: string }): IncomingMessage {
  return Object.assign(Readable.from([Buffer.from(request.body)]), {
    headers: request.headers,
  }) as unknown as IncomingMessage;
}

const unanswered = (): ServerResponse =>
  ({
    headersSent: false,
    writeHead: () => undefined,
    end: () => undefined,
  }) as unknown as ServerResponse;

describe('the Slack request guard while Redis hangs', () => {
  it('lets a signed click through after a bounded wait when the replay memory does not answer', async () => {
    const warnings: string[] = [];
    const click = blockAction(
      { actionId: actionIds.vote('for'), value: 'h1', userId: 'U000001' },
      { timestamp: NOW_SECONDS },
    );
    const started = performance.now();
    const passed = await guardSlackRequest(incoming(click), unanswered(), {
      signingSecret: SIGNING_SECRET,
      nowSeconds: () => NOW_SECONDS,
      rememberOnce: () => new Promise<boolean>(() => {}),
      log: (_level, _detail, message) => void warnings.push(message),
    });
    const waited = performance.now() - started;

    expect(passed).toBe(true);
    expect(waited).toBeGreaterThanOrEqual(requestMemoryWaitMs - 5);
    // Well inside Slack's 3 s, with room for a busy machine.
    expect(waited).toBeLessThan(requestMemoryWaitMs + 1_500);
    expect(warnings).toEqual(['slack: replay memory unreachable; request let through']);
  });
});
