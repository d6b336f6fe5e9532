// What the settings allow for the local try-out: Teams without credentials
// (local mode, requests not authenticated) and the Agents Playground in front
// of it. Pure rules over the Config; src/main.ts and the Teams surface apply them.
import type { Config, ConfigProblem } from './config.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Only this machine can reach a server bound here: the condition for serving unauthenticated. */
export const isLoopback = (host: string): boolean =>
  LOOPBACK_HOSTS.has(host) || host.startsWith('127.');

/** The Playground comes with local mode: PLAYGROUND=auto starts it when no chat platform is configured. */
export const wantsPlayground = (config: Config): boolean =>
  config.playground === 'on' ||
  (config.playground === 'auto' && config.teams === undefined && config.slack.mode === 'off');

/** PLAYGROUND=on asks for what only local mode gives: no Teams credentials, HOST on loopback. */
export function playgroundProblems(config: Config): ConfigProblem[] {
  if (config.playground !== 'on') return [];
  if (config.teams !== undefined)
    return [
      {
        variable: 'PLAYGROUND',
        message:
          'is "on", but TEAMS_CLIENT_ID etc. are set and the Agents Playground sends no tokens; unset them for a local try-out, or set PLAYGROUND=off',
      },
    ];
  if (!isLoopback(config.host))
    return [
      {
        variable: 'PLAYGROUND',
        message: `is "on", but HOST is "${config.host}"; the unauthenticated try-out only runs with HOST=127.0.0.1`,
      },
    ];
  return [];
}
