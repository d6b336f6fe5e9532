// Starts a real, private redis-server for tests: its own port and directory,
// stopped with the process that started it. The same instance can be stopped
// and started again on the same port and data, to test outages.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './free-port.ts';

export interface RedisServerOptions {
  /**
   * `aof` (default): append-only file fsynced on every write, so no
   * acknowledged write is lost across stop()/start(), even a hard kill.
   * `none`: nothing written to disk; fastest, for the shared test server.
   */
  persistence?: 'aof' | 'none';
  /** Data directory; default a fresh temp dir, removed by remove(). */
  dir?: string;
  /** Default: a free port. */
  port?: number;
  /** How long start() waits for PING to answer. Default 10 s. */
  startTimeoutMs?: number;
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** Is the process running (between start() and stop())? */
  readonly running: boolean;
  /** Starts again on the same port and directory; no-op when running. */
  start(): Promise<void>;
  /**
   * Stops the server and waits for its exit. `hard` sends SIGKILL (a crash);
   * default is SIGTERM (Redis flushes the AOF and exits). No-op when stopped.
   */
  stop(options?: { hard?: boolean }): Promise<void>;
  /**
   * Sends a signal to the running server: SIGSTOP freezes it with its
   * connections open (commands are sent and never answered, as on a hung
   * host), SIGCONT lets it go on. No-op when stopped.
   */
  signal(signal: NodeJS.Signals): void;
  /** stop() and delete the directory if this helper created it. */
  remove(): Promise<void>;
}

// Kill leftover servers if the test process exits without cleaning up, so a
// crashed run does not leave redis-server processes behind.
const liveChildren = new Set<ChildProcess>();
process.once('exit', () => liveChildren.forEach((child) => child.kill('SIGKILL')));

function redisArgs(port: number, dir: string, persistence: 'aof' | 'none'): string[] {
  const common = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
  const disk =
    persistence === 'aof'
      ? ['--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no'];
  return [...common, ...disk, '--maxmemory-policy', 'noeviction', '--loglevel', 'warning'];
}

/** Sends an inline PING; resolves true on +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

async function waitUntilAnswering(
  port: number,
  child: ChildProcess,
  timeoutMs: number,
  log: () => string,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`redis-server exited during start-up:\n${log()}`);
    }
    if (await ping(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not answer on port ${port} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Redis keeps real time even when the tests run under faketime (which checks
 * that no test depends on the date): libfaketime breaks redis-server's clock
 * calls, and nothing in Redis needs the date — the app gives it spans (PX),
 * never instants.
 */
function realClockEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (env.LD_PRELOAD?.includes('faketime')) delete env.LD_PRELOAD;
  for (const name of Object.keys(env)) if (name.startsWith('FAKETIME')) delete env[name];
  return env;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const persistence = options.persistence ?? 'aof';
  const ownsDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'raadsbot-redis-')));
  const port = options.port ?? (await findFreePort());
  const startTimeoutMs = options.startTimeoutMs ?? 10_000;
  let child: ChildProcess | undefined;

  const start = async () => {
    if (child) return;
    let output = '';
    const started = spawn('redis-server', redisArgs(port, dir, persistence), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: realClockEnv(),
    });
    started.once('error', (error) => (output += `${error.message}\n`)); // e.g. ENOENT
    started.stdout?.on('data', (chunk) => (output += chunk));
    started.stderr?.on('data', (chunk) => (output += chunk));
    liveChildren.add(started);
    started.once('exit', () => liveChildren.delete(started));
    child = started;
    try {
      await waitUntilAnswering(port, started, startTimeoutMs, () => output);
    } catch (error) {
      child = undefined;
      started.kill('SIGKILL');
      throw error;
    }
  };

  const stop = async ({ hard = false } = {}) => {
    const running = child;
    if (!running) return;
    child = undefined;
    running.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited(running);
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    get running() {
      return child !== undefined;
    },
    start,
    stop,
    signal(signal) {
      child?.kill(signal);
    },
    async remove() {
      await stop();
      if (ownsDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
