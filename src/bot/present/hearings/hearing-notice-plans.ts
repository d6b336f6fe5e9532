import type { Notice } from '../../../app/ports.ts';
import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { UseCases } from '../../../app/use-cases.ts';
import type { Member } from '../../../domain/council/roster.ts';
import type {
  ChatNotice,
  FollowUp,
  NoticePlan,
  NoticePlans,
} from '../../message-lifecycle/notice-plan.ts';
import { reminderStillDue } from './reminder-still-due.ts';

type HearingNotice = Extract<Notice, { readonly hearingId: string }>;
type ReminderNotice = Extract<Notice, { kind: 'reminder' }>;

const hearingKinds: ReadonlySet<string> = new Set<HearingNotice['kind']>([
  'hearing_opened',
  'hearing_changed',
  'deadline_moved',
  'hearing_closed',
  'hearing_cancelled',
  'reminder',
]);

const isHearingNotice = (notice: ChatNotice): notice is HearingNotice =>
  hearingKinds.has(notice.kind) &&
  typeof (notice as { hearingId?: unknown }).hearingId === 'string';

function hearingNotice(notice: ChatNotice): HearingNotice {
  if (!isHearingNotice(notice)) throw new Error(`not a hearing notice: ${notice.kind}`);
  return notice;
}

/** The subject key of a hearing's message in the ChatDirectory. */
export const hearingSubject = (hearingId: string) => `hearing:${hearingId}`;

/**
 * What each hearing notice does in chat, on every platform:
 * - opened: post the hearing's message; changed: update it (nothing before it is posted);
 * - closed, withdrawn, deadline moved: update it and say so once in its thread
 *   (a moved deadline once per new deadline); before the post, wait for it;
 * - reminder: to the member, if they still have not answered.
 */
export function hearingNoticePlans(
  useCases: Pick<UseCases, 'viewHearing'>,
): NoticePlans<HearingView, Member> {
  return {
    handles: isHearingNotice,

    plan(notice): NoticePlan {
      const hearing = hearingNotice(notice);
      const subject = hearingSubject(hearing.hearingId);
      switch (hearing.kind) {
        case 'reminder':
          return { to: 'member', memberId: hearing.memberId, subject };
        case 'hearing_opened':
          return { to: 'subject', subject, whenUnposted: 'open' };
        case 'hearing_changed':
          return { to: 'subject', subject, whenUnposted: 'skip' };
        default:
          return { to: 'subject', subject, whenUnposted: 'wait' };
      }
    },

    load(notice, viewerId) {
      const { councilId, hearingId } = hearingNotice(notice);
      // No card shows the audit trail: it is not read.
      return useCases.viewHearing({
        councilId,
        hearingId,
        withAudit: false,
        ...(viewerId ? { viewerId } : {}),
      });
    },

    followUp(notice, view): FollowUp | undefined {
      switch (hearingNotice(notice).kind) {
        case 'hearing_closed':
          return { key: 'result' };
        case 'hearing_cancelled':
          return { key: 'cancelled' };
        case 'deadline_moved':
          return { key: 'deadline', version: view.hearing.deadline };
        default:
          return undefined;
      }
    },

    recipient: (view) => view.viewer?.member,

    stillDue: (notice, view) => reminderStillDue(view, hearingNotice(notice) as ReminderNotice),

    olderFollowUps: olderHearingFollowUps,
  };
}

/**
 * The follow-ups a hearing's record written by the earlier per-platform
 * senders names: Slack's `resultTs`/`cancelledTs`, Teams'
 * `resultActivityId`/`cancelledActivityId`, and `announcedDeadline` on both.
 */
export function olderHearingFollowUps(
  record: Readonly<Record<string, unknown>>,
): Readonly<Record<string, string>> {
  const text = (key: string) =>
    typeof record[key] === 'string' && record[key] !== '' ? record[key] : undefined;
  const result = text('resultTs') ?? text('resultActivityId');
  const cancelled = text('cancelledTs') ?? text('cancelledActivityId');
  const deadline = text('announcedDeadline');
  return {
    ...(result ? { result } : {}),
    ...(cancelled ? { cancelled } : {}),
    ...(deadline ? { deadline } : {}),
  };
}
