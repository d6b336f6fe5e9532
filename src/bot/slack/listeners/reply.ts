import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { SlackMessage } from '../blocks/block-kit.ts';

export type Tell = (message: string | SlackMessage) => Promise<void>;

/**
 * Kept-alive connections to Slack's response_url host: every click is
 * answered through one, and opening a TLS connection per click would cost
 * more than the click itself (Bolt's respond() uses fetch without reuse).
 */
const agents = {
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * Posts a message to an interaction's response_url (no rate tier, valid 30
 * minutes, 5 uses): an ephemeral answer only the person who acted sees.
 */
export function postToResponseUrl(url: string, message: string | SlackMessage): Promise<void> {
  const target = new URL(url);
  const body = JSON.stringify({
    response_type: 'ephemeral',
    replace_original: false,
    ...(typeof message === 'string' ? { text: message } : message),
  });
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:'];
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
        },
        timeout: 5_000,
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          (response.statusCode ?? 0) < 300
            ? resolve()
            : reject(new Error(`response_url answered ${response.statusCode}`)),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error('response_url timed out')));
    request.on('error', reject);
    request.end(body);
  });
}

/** Answers only the person who acted, never as a new message in the channel. */
export function ephemeralTo(responseUrl: string | undefined): Tell {
  return async (message) => {
    if (responseUrl === undefined || responseUrl === '') return;
    await postToResponseUrl(responseUrl, message);
  };
}
