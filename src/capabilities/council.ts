import { createCouncilUseCases } from '../app/council/council-use-cases.ts';
import { councilCli } from '../bot/cli/council/council-cli.ts';
import { councilErrorCodes } from '../domain/council/errors.ts';
import { catalog } from '../i18n/council/index.ts';
import { RedisAbsenceStore } from '../store/council/redis-absence-store.ts';
import { RedisCouncilStore } from '../store/council/redis-council-store.ts';
import { RedisRosterStore } from '../store/council/redis-roster-store.ts';
import type { Capability } from './capability.ts';

/**
 * The council, its roster and seats, afbud, and where the council lives in
 * chat. Every other capability builds on it.
 */
export const council: Capability = {
  name: 'council',
  useCases: createCouncilUseCases,
  stores: (redis, keys) => ({
    councils: new RedisCouncilStore(redis, keys),
    rosters: new RedisRosterStore(redis, keys),
    absences: new RedisAbsenceStore(redis, keys),
  }),
  messages: catalog,
  errorCodes: councilErrorCodes,
  cli: councilCli,
  slack: () => import('../bot/slack/council/council-listeners.ts').then((m) => m.councilSlack),
  teams: () => import('../bot/teams/council/council-teams.ts').then((m) => m.councilTeams),
};
