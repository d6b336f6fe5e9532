import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';

type ScriptCall = (...keysThenArgs: Array<string | number>) => Promise<unknown>;

/**
 * A script from src/store/lua, registered on a client with defineCommand
 * (by defineScripts when the stores are made, else on first use). ioredis sends EVALSHA and falls back to EVAL when Redis has
 * forgotten the script (after a restart), so callers never see NOSCRIPT.
 */
export class LuaScript {
  private readonly lua: string;
  private readonly command: string;

  constructor(
    readonly name: string,
    private readonly numberOfKeys: number,
  ) {
    this.lua = readFileSync(new URL(`./lua/${name}.lua`, import.meta.url), 'utf8');
    this.command = `raadsbot_${name.replaceAll('-', '_')}`;
  }

  /** Registers the script on the client, once. */
  define(redis: Redis): void {
    const client = redis as unknown as Record<string, ScriptCall | undefined>;
    if (client[this.command] === undefined) {
      redis.defineCommand(this.command, { numberOfKeys: this.numberOfKeys, lua: this.lua });
    }
  }

  run(
    redis: Redis,
    keys: readonly string[],
    args: ReadonlyArray<string | number>,
  ): Promise<unknown> {
    if (keys.length !== this.numberOfKeys) {
      throw new Error(`${this.name}.lua takes ${this.numberOfKeys} keys, got ${keys.length}`);
    }
    this.define(redis);
    const call = (redis as unknown as Record<string, ScriptCall>)[this.command]!;
    return call.call(redis, ...keys, ...args);
  }
}

/** Every script the stores run, loaded once per process. */
export const scripts = {
  castBallot: new LuaScript('cast-ballot', 4),
  withdrawBallot: new LuaScript('withdraw-ballot', 4),
  recordRecusal: new LuaScript('record-recusal', 3),
  saveHearing: new LuaScript('save-hearing', 2),
  changeState: new LuaScript('change-state', 2),
  moveDeadline: new LuaScript('move-deadline', 2),
  saveResult: new LuaScript('save-result', 1),
  memberByIdentity: new LuaScript('member-by-identity', 2),
  claimReminder: new LuaScript('claim-reminder', 1),
} as const;

/**
 * Registers every script on a client before it sends anything. With
 * auto-pipelining, a script defined while a pipeline is being filled is
 * missing from that pipeline, and ioredis then throws from inside its
 * pipeline code, uncaught (redis/ioredis#1931).
 */
export function defineScripts(redis: Redis): void {
  for (const script of Object.values(scripts)) script.define(redis);
}
