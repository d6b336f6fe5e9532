import { hearingNotices } from '../app/hearings/hearing-notices.ts';
import { createHearingUseCases } from '../app/hearings/hearing-use-cases.ts';
import { RedisHearingStore } from '../store/hearings/redis-hearing-store.ts';
import type { Capability } from './capability.ts';

/** Hearings (høringer): a quick vote or comment round on one matter, with a deadline. */
export const hearings: Capability = {
  name: 'hearings',
  useCases: createHearingUseCases,
  stores: (redis, keys) => ({ hearings: new RedisHearingStore(redis, keys) }),
  notices: hearingNotices,
  jobs: {
    ports: ['scheduler'],
    load: () => import('../jobs/hearings/hearing-jobs.ts').then((module) => module.hearingJobs),
  },
};
