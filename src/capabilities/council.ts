import { createCouncilUseCases } from '../app/council/council-use-cases.ts';
import { RedisAbsenceStore } from '../store/council/redis-absence-store.ts';
import { RedisCouncilStore } from '../store/council/redis-council-store.ts';
import { RedisRosterStore } from '../store/council/redis-roster-store.ts';
import type { Capability } from './capability.ts';

/** The council, its roster and seats, afbud, and where the council lives in chat. */
export const council: Capability = {
  name: 'council',
  useCases: createCouncilUseCases,
  stores: (redis, keys) => ({
    councils: new RedisCouncilStore(redis, keys),
    rosters: new RedisRosterStore(redis, keys),
    absences: new RedisAbsenceStore(redis, keys),
  }),
};
