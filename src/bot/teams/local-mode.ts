import type { AppDeps } from '../../app/deps.ts';
import type { Config } from '../../config.ts';
import { isLoopback } from '../../local-try-out.ts';
import type { Logger } from '../../logger.ts';
import type { TeamsUseCases } from './teams-deps.ts';
import type { TeamsPart } from './teams-part.ts';
import { createTeamsSurface, type TeamsSurface } from './teams-surface.ts';

/**
 * Teams with TEAMS_CLIENT_ID/SECRET/TENANT_ID: every request's token is
 * checked, any HOST. Without them, local mode — requests are not
 * authenticated — only for a try-out: no chat platform configured (or
 * PLAYGROUND=on) and the server on loopback. Otherwise Teams stays off and
 * says why, and the rest runs: a Slack deployment (often behind a proxy on
 * the same host) must not grow an open /api/messages.
 */
export async function teamsSurfaceFor(
  config: Config,
  parts: Pick<AppDeps, 'directory' | 'clock'> & {
    useCases: TeamsUseCases;
    logger: Logger;
    /** False when the process serves no HTTP (workers alone, the command line). */
    serving: boolean;
    /** Every capability's Teams part; loaded only when Teams is on. */
    loadParts: () => Promise<readonly TeamsPart[]>;
  },
): Promise<TeamsSurface | undefined> {
  if (config.teams === undefined) {
    const why =
      config.slack.mode !== 'off' && config.playground !== 'on'
        ? 'Slack is configured and Teams is not (TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID)'
        : parts.serving && !isLoopback(config.host)
          ? `without TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID the unauthenticated Teams endpoint is only served with HOST=127.0.0.1 (HOST is ${config.host})`
          : undefined;
    if (why !== undefined) {
      parts.logger.info(`Teams is off: ${why}`);
      return undefined;
    }
  }
  const capabilityParts = await parts.loadParts();
  try {
    return createTeamsSurface({
      parts: capabilityParts,
      clock: parts.clock,
      teams: config.teams,
      useCases: parts.useCases,
      directory: parts.directory,
      logger: parts.logger,
      defaultLocale: config.defaultLocale,
    });
  } catch (error) {
    if (config.teams !== undefined) throw error;
    parts.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'Teams is off',
    );
    return undefined;
  }
}
