import { meetingNotices } from '../app/meetings/meeting-notices.ts';
import { createMeetingUseCases } from '../app/meetings/meeting-use-cases.ts';
import { meetingsCli } from '../bot/cli/meetings/meetings-cli.ts';
import { meetingErrorCodes } from '../domain/meetings/errors.ts';
import { catalog } from '../i18n/meetings/index.ts';
import { RedisMeetingStore } from '../store/meetings/redis-meeting-store.ts';
import { RedisDecisionStore } from '../store/meetings/redis-decision-store.ts';
import { RedisFollowUpStore } from '../store/meetings/redis-follow-up-store.ts';
import { RedisMeetingGuestStore } from '../store/meetings/redis-attendance-store.ts';
import { RedisMinutesApprovalStore } from '../store/meetings/redis-approval-store.ts';
import { RedisPendingImportStore } from '../store/meetings/redis-pending-import-store.ts';
import { RedisItemGroupDiscussionStore } from '../store/meetings/redis-group-discussion-store.ts';
import type { Capability } from './capability.ts';

/**
 * Meetings (rådsmøder): the agenda, importing real agendas and minutes,
 * decisions, attendance and afbud, the follow-up sheet and the referat and
 * its approval. On the command line and in Slack and Teams; the referat and
 * the calendar invitation behind signed links.
 */
export const meetings: Capability = {
  name: 'meetings',
  useCases: createMeetingUseCases,
  stores: (redis, keys) => ({
    meetings: new RedisMeetingStore(redis, keys),
    decisions: new RedisDecisionStore(redis, keys),
    followUp: new RedisFollowUpStore(redis, keys),
    meetingGuests: new RedisMeetingGuestStore(redis, keys),
    minutesApprovals: new RedisMinutesApprovalStore(redis, keys),
    pendingImports: new RedisPendingImportStore(redis, keys),
    itemGroupDiscussions: new RedisItemGroupDiscussionStore(redis, keys),
  }),
  notices: meetingNotices,
  jobs: {
    ports: ['meetingScheduler'],
    load: () => import('../jobs/meetings/meeting-jobs.ts').then((m) => m.meetingJobs),
  },
  messages: catalog,
  errorCodes: meetingErrorCodes,
  cli: meetingsCli,
  http: () => import('../http/meetings/meetings-http.ts').then((m) => m.meetingsHttp),
  slack: () => import('../bot/slack/meetings/meetings-slack.ts').then((m) => m.meetingsSlack),
  teams: () => import('../bot/teams/meetings/meetings-teams.ts').then((m) => m.meetingsTeams),
};
