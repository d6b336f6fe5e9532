import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPersonaProxy, type Persona } from './persona-proxy.ts';
import {
  playgroundConfigYaml,
  playgroundUserId,
  withGuests,
  type PlaygroundPerson,
} from './playground-scene.ts';

export interface PlaygroundLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

export interface StartPlaygroundOptions {
  /** The bot's /api/messages on 127.0.0.1. */
  readonly botEndpoint: string;
  /** Where people open it (PLAYGROUND_PORT); a free port is used when taken. */
  readonly port: number;
  /** Git-ignored working folder: the generated config file and the Playground's log. */
  readonly dir: string;
  /** The environment the Playground runs with (the service's own). */
  readonly env: NodeJS.ProcessEnv;
  /** The council's people with Teams identities, secretariat first. */
  readonly people: readonly PlaygroundPerson[];
  readonly log: PlaygroundLog;
  /** How long to wait for "Listening on …". */
  readonly startTimeoutMs?: number;
}

export interface RunningPlayground {
  /** What to open in a browser. */
  readonly url: string;
  /** The mock Bot Connector the bot answers through. */
  readonly serviceUrl: string;
  /** One link per person: `?as=<key>` opens the Playground as them. */
  readonly personas: readonly (Persona & { readonly url: string })[];
  stop(): Promise<void>;
}

/** Loopback only, and every browser tab its own person: see the file. */
const PRELOAD = fileURLToPath(new URL('./playground-preload.cjs', import.meta.url));

const HOST = '127.0.0.1';

/**
 * Starts Microsoft's Agents Playground (npm @microsoft/m365agentsplayground,
 * channel msteams) pointed at the bot, behind the persona switcher:
 * - no browser is opened (TEAMSAPPTESTER_BROWSER=none: it never calls xdg-open);
 * - telemetry off (--disable-telemetry), and its Application Insights client,
 *   which the flag does not stop, gets a black-hole proxy for HTTPS;
 * - everything on 127.0.0.1: the Playground's own server on a free internal
 *   port, the switcher on PLAYGROUND_PORT;
 * - each browser tab is its own person, with their own personal chat
 *   (persona-proxy.ts in front, playground-preload.cjs inside).
 */
export async function startPlayground(options: StartPlaygroundOptions): Promise<RunningPlayground> {
  await mkdir(options.dir, { recursive: true });
  const people = withGuests(options.people);
  await writeFile(join(options.dir, '.m365agentsplayground.yml'), playgroundConfigYaml(people));

  const internalPort = await freePort();
  const serviceUrl = `http://${HOST}:${internalPort}/_connector`;
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const child = spawn(
    process.execPath,
    [
      '-r',
      PRELOAD,
      cli,
      '-e',
      options.botEndpoint,
      '-c',
      'msteams',
      '-p',
      String(internalPort),
      '--service-url',
      serviceUrl,
      '--disable-telemetry',
    ],
    {
      cwd: options.dir,
      env: {
        ...options.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: join(options.dir, `playground-${internalPort}.log`),
        https_proxy: 'http://127.0.0.1:9',
        HTTPS_PROXY: 'http://127.0.0.1:9',
        no_proxy: '127.0.0.1,localhost',
        NO_PROXY: '127.0.0.1,localhost',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const remember = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 50) output.shift();
      if (line.includes('Rådsbot preload:')) options.log.warn({ stream, line }, 'playground');
      else options.log.debug({ stream, line }, 'playground');
    }
  };
  child.stdout?.on('data', remember('stdout'));
  child.stderr?.on('data', remember('stderr'));

  let listening: number;
  try {
    listening = await waitForListening(child, output, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  if (listening !== internalPort) {
    await stopChild(child);
    throw new Error(
      `the Agents Playground took port ${listening} instead of ${internalPort}; start again`,
    );
  }

  const personas = people.map((person, index) => ({
    key: person.key,
    userId: playgroundUserId(index),
    name: person.name,
    role: person.role,
  }));
  let proxy: Awaited<ReturnType<typeof startPersonaProxy>>;
  try {
    proxy = await startPersonaProxy({
      host: HOST,
      port: options.port,
      upstreamPort: internalPort,
      personas,
      warn: (fields, message) => options.log.warn(fields, message),
    }).catch(async (error: unknown) => {
      if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
      options.log.warn(
        { port: options.port },
        'PLAYGROUND_PORT is taken; the Playground uses a free port instead',
      );
      return startPersonaProxy({
        host: HOST,
        port: 0,
        upstreamPort: internalPort,
        personas,
        warn: (fields, message) => options.log.warn(fields, message),
      });
    });
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping)
      options.log.warn({ code, signal, output: output.slice(-5) }, 'the Agents Playground stopped');
  });
  return {
    url: proxy.url,
    serviceUrl,
    personas: personas.map((persona, index) => ({
      ...persona,
      url: index === 0 ? `${proxy.url}/` : `${proxy.url}/?as=${encodeURIComponent(persona.key)}`,
    })),
    async stop() {
      stopping = true;
      proxy.server.closeAllConnections();
      await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
      await stopChild(child);
    },
  };
}

function waitForListening(
  child: ChildProcess,
  output: readonly string[],
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `the Agents Playground did not start within ${timeoutMs} ms: ${output.slice(-5).join(' | ')}`,
        ),
      );
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      const match = /Listening on (\d+)/.exec(chunk.toString('utf8'));
      if (!match) return;
      cleanup();
      resolve(Number(match[1]));
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(
        new Error(`the Agents Playground exited (code ${code}): ${output.slice(-5).join(' | ')}`),
      );
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, HOST, () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
