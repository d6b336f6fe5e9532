import { LogLevel, type Logger } from '@slack/bolt';
import type { SurfaceLog } from './slack-deps.ts';

/**
 * Bolt and the Web API client log through this, into our structured logs.
 * Bolt passes loose arguments; they become one message with `source: slack`.
 * Bolt's "debug" chatter (every request) stays at debug.
 */
export function boltLogger(log: SurfaceLog): Logger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) =>
    parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
  return {
    debug: (...parts) => log.debug({ source: 'slack' }, line(parts)),
    info: (...parts) => log.info({ source: 'slack' }, line(parts)),
    warn: (...parts) => log.warn({ source: 'slack' }, line(parts)),
    error: (...parts) => log.error({ source: 'slack' }, line(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
