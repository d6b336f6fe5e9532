import { hearingNotices } from '../app/hearings/hearing-notices.ts';
import { createHearingUseCases } from '../app/hearings/hearing-use-cases.ts';
import { hearingsCli } from '../bot/cli/hearings/hearings-cli.ts';
import { hearingErrorCodes } from '../domain/hearings/errors.ts';
import { catalog } from '../i18n/hearings/index.ts';
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
    load: () => import('../jobs/hearings/hearing-jobs.ts').then((m) => m.hearingJobs),
  },
  messages: catalog,
  errorCodes: hearingErrorCodes,
  cli: hearingsCli,
  slack: () => import('../bot/slack/hearings/hearing-listeners.ts').then((m) => m.hearingsSlack),
  teams: () => import('../bot/teams/hearings/hearings-teams.ts').then((m) => m.hearingsTeams),
};
