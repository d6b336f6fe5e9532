import type { Redis } from 'ioredis';
import type { Absence } from '../../domain/council/absence.ts';
import type { AbsenceStore } from '../../app/council/ports.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall } from '../store-unavailable.ts';

/** Afbud as an append-only list per council, in the order registered. */
export class RedisAbsenceStore implements AbsenceStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

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
}
