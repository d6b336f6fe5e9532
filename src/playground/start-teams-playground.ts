import { fileURLToPath } from 'node:url';
import type { AppDeps } from '../app/deps.ts';
import type { UseCases } from '../app/use-cases.ts';
import { bindPlaygroundCouncil } from '../bot/teams/bind-playground.ts';
import type { TeamsSurface } from '../bot/teams/teams-surface.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { PLAYGROUND_SCENE, peopleFromRoster } from './playground-scene.ts';
import { startPlayground, type RunningPlayground } from './start-playground.ts';

/** Git-ignored, at the repository's root: the generated Playground config and its log. */
const playgroundDir = fileURLToPath(new URL('../../.data/playground/', import.meta.url));

/**
 * Starts the Agents Playground pointed at the bot, with the demo council (or
 * the only council) bound to its team, chat and tenant and its people as the
 * Playground's users. A Playground that cannot start leaves the bot running.
 */
export async function startTeamsPlayground({
  url,
  config,
  env,
  teams,
  useCases,
  deps,
  logger,
}: {
  /** The bot's base URL, on 127.0.0.1. */
  readonly url: string;
  readonly config: Config;
  /** The environment the Playground runs with (the service's own). */
  readonly env: NodeJS.ProcessEnv;
  readonly teams: TeamsSurface | undefined;
  readonly useCases: UseCases;
  readonly deps: AppDeps;
  readonly logger: Logger;
}): Promise<RunningPlayground | undefined> {
  if (!teams?.localMode) {
    logger.warn(
      'the Agents Playground needs Teams local mode (no TEAMS_* credentials, HOST=127.0.0.1); not started',
    );
    return undefined;
  }
  try {
    const councils = await useCases.listCouncils();
    const all = councils.ok ? councils.value : [];
    const council =
      all.find((candidate) => candidate.id === 'rar-demo') ??
      (all.length === 1 ? all[0] : undefined);
    const described = council
      ? await useCases.describeCouncil({ councilId: council.id })
      : undefined;
    const playground = await startPlayground({
      botEndpoint: `${url}/api/messages`,
      port: config.playgroundPort,
      dir: playgroundDir,
      env,
      people: described?.ok ? peopleFromRoster(described.value.members) : [],
      log: logger,
    });
    if (council)
      await bindPlaygroundCouncil({ useCases, directory: deps.directory }, council.id, {
        ...PLAYGROUND_SCENE,
        serviceUrl: playground.serviceUrl,
      });
    else
      logger.warn(
        'no single council to show in the Agents Playground; bind one there with "tilknyt <råd-id>"',
      );
    logger.info({ url: playground.url, council: council?.id }, 'the Agents Playground is running');
    return playground;
  } catch (error) {
    logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'the Agents Playground could not start',
    );
    return undefined;
  }
}

/** What `npm start` prints on the console: where to open the Playground, and as whom. */
export function playgroundBanner(playground: Pick<RunningPlayground, 'url' | 'personas'>): string {
  const [first, ...others] = playground.personas;
  return [
    '',
    `Try Rådsbot in Teams (Microsoft 365 Agents Playground): open ${playground.url}/`,
    ...(first
      ? [`  there you are ${first.name} (${first.role}); the others, one browser tab each:`]
      : []),
    ...others.map((persona) => `    ${persona.name} (${persona.role}): ${persona.url}`),
    '',
    '',
  ].join('\n');
}
