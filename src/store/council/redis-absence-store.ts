import type { Redis } from 'ioredis';
import type { Absence, AbsenceScope } from '../../domain/council/absence.ts';
import type { AbsenceStore } from '../../app/council/ports.ts';
import { LuaScript } from '../lua-script.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

const addAbsenceOnce = new LuaScript('add-absence-once', 1);
const withdrawAbsence = new LuaScript('withdraw-absence', 1);

/** What the Lua scripts match an afbud's scope on: its kind and this key. */
const scopeKey = (scope: AbsenceScope): string => {
  switch (scope.kind) {
    case 'meeting':
      return scope.meetingId;
    case 'hearing':
      return scope.hearingId;
    case 'period':
      return `${scope.from}/${scope.to}`;
  }
};

/**
 * Afbud as a list per council, in the order registered. Adding once and
 * withdrawing match on member and scope inside a Lua script, so two clicks at
 * once neither duplicate an afbud nor lose another member's.
 */
export class RedisAbsenceStore implements AbsenceStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {
    // Registered before anything is sent: with auto-pipelining a script defined mid-pipeline is lost.
    addAbsenceOnce.define(redis);
    withdrawAbsence.define(redis);
  }

  absences(councilId: string): Promise<Absence[]> {
    return storeCall(async () => {
      const entries = await this.redis.lrange(this.keys.absences(councilId), 0, -1);
      return entries.map((entry) => JSON.parse(entry) as Absence);
    });
  }

  addAbsence(councilId: string, absence: Absence): Promise<void> {
    return storeCall(async () => {
      await this.redis.rpush(this.keys.absences(councilId), JSON.stringify(absence));
    });
  }

  addAbsenceOnce(councilId: string, absence: Absence): Promise<boolean> {
    return storeWrite(async () => {
      const added = await addAbsenceOnce.run(
        this.redis,
        [this.keys.absences(councilId)],
        [absence.memberId, absence.scope.kind, scopeKey(absence.scope), JSON.stringify(absence)],
      );
      return added === 1;
    });
  }

  withdrawAbsence(councilId: string, memberId: string, scope: AbsenceScope): Promise<boolean> {
    return storeWrite(async () => {
      const removed = await withdrawAbsence.run(
        this.redis,
        [this.keys.absences(councilId)],
        [memberId, scope.kind, scopeKey(scope)],
      );
      return Number(removed) > 0;
    });
  }
}
