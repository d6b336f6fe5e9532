import { discussionNotices } from '../app/discussions/discussion-notices.ts';
import { createDiscussionUseCases } from '../app/discussions/discussion-use-cases.ts';
import { discussionsCli } from '../bot/cli/discussions/discussions-cli.ts';
import { discussionErrorCodes } from '../domain/discussions/errors.ts';
import { catalog } from '../i18n/discussions/index.ts';
import { RedisDiscussionStore } from '../store/discussions/redis-discussion-store.ts';
import type { Capability } from './capability.ts';

/**
 * Group discussions (gruppedrøftelser): topics and sign-up, groups formed
 * and announced with their roles, rooms and questions, the groups'
 * summaries compiled into the opsamling and sent back to the council.
 */
export const discussions: Capability = {
  name: 'discussions',
  useCases: createDiscussionUseCases,
  stores: (redis, keys) => ({ discussions: new RedisDiscussionStore(redis, keys) }),
  notices: discussionNotices,
  followsAfbud: (useCases) => async (change) => {
    // A refusal (the store out) is reported as a failure; the afbud is stored
    // either way, and the reminders still reach whoever they concern.
    const followed = await useCases.followAfbud(change);
    if (!followed.ok) throw new Error(`group discussions could not follow afbud: ${followed.code}`);
  },
  jobs: {
    ports: ['discussionScheduler'],
    load: () => import('../jobs/discussions/discussion-jobs.ts').then((m) => m.discussionJobs),
  },
  messages: catalog,
  errorCodes: discussionErrorCodes,
  cli: discussionsCli,
  slack: () =>
    import('../bot/slack/discussions/discussions-slack.ts').then((m) => m.discussionsSlack),
  teams: () =>
    import('../bot/teams/discussions/discussions-teams.ts').then((m) => m.discussionsTeams),
};
