import type { MinutesApprovalView } from '../../../app/meetings/approve-minutes.ts';
import type { ShownMeeting } from '../../../app/meetings/list-meetings.ts';
import type { UseCases } from '../../../app/use-cases.ts';
import type { Council } from '../../../domain/council/council.ts';
import type { Member } from '../../../domain/council/roster.ts';
import { succeed, type Result } from '../../../domain/errors.ts';
import { instantOfMeetingTime } from '../../../domain/meetings/meeting-time.ts';
import type {
  ChatNotice,
  FollowUp,
  NoticePlan,
  NoticePlans,
} from '../../message-lifecycle/notice-plan.ts';

/** The referat's two signed links, and when they stop working (ISO). */
export interface MinutesLinks {
  readonly docx: string;
  readonly md: string;
  readonly expiresAt: string;
}

/** The referat out for approval as every surface shows it in the council's channel. */
export interface MinutesView {
  readonly council: Council;
  readonly meeting: ShownMeeting;
  readonly approval: MinutesApprovalView;
  /** Absent when no link could be made (no round yet): the summary then says nothing of files. */
  readonly links?: MinutesLinks;
}

const minutesKinds: ReadonlySet<string> = new Set([
  'meeting_minutes_sent',
  'meeting_minutes_changed',
  'meeting_minutes_approved',
]);

interface MinutesNotice extends ChatNotice {
  readonly meetingId: string;
}

const isMinutesNotice = (notice: ChatNotice): notice is MinutesNotice =>
  minutesKinds.has(notice.kind) &&
  typeof (notice as { meetingId?: unknown }).meetingId === 'string';

function minutesNotice(notice: ChatNotice): MinutesNotice {
  if (!isMinutesNotice(notice)) throw new Error(`not a minutes notice: ${notice.kind}`);
  return notice;
}

/** The subject key of a referat's summary message in the ChatDirectory. */
export const minutesSubject = (meetingId: string) => `minutes:${meetingId}`;

/** The links keep working this long after the deadline: late readers, the approval's echo. */
const linkDaysAfterDeadline = 7;
const dayMinutes = 24 * 60;
const maxLinkMinutes = 30 * dayMinutes;

/**
 * How long the links made now stay valid: reckoned from when the round was
 * sent, so however late a refresh makes them they last at least until some
 * days after the deadline (never beyond the 30 days a link may live).
 */
export function minutesLinkMinutes(council: Council, sentAt: string, deadline: string): number {
  const until =
    instantOfMeetingTime(deadline, council.timeZone).getTime() +
    linkDaysAfterDeadline * dayMinutes * 60_000;
  const minutes = Math.ceil((until - new Date(sentAt).getTime()) / 60_000);
  return Math.min(maxLinkMinutes, Math.max(dayMinutes, minutes));
}

/**
 * What the minutes' notices do in chat, on every platform:
 * - sent: post the summary in the council's channel once (`minutes:<id>`);
 * - an approval: update the summary in place (its count), nothing before it is posted;
 * - approved (at the deadline or by hand): update it and say so once in its thread.
 */
export function minutesNoticePlans(
  useCases: Pick<
    UseCases,
    'showMeeting' | 'describeCouncil' | 'minutesApprovalStatus' | 'minutesLink'
  >,
): NoticePlans<MinutesView, Member> {
  return {
    handles: isMinutesNotice,

    plan(notice): NoticePlan {
      const { kind, meetingId } = minutesNotice(notice);
      const subject = minutesSubject(meetingId);
      if (kind === 'meeting_minutes_sent') return { to: 'subject', subject, whenUnposted: 'open' };
      if (kind === 'meeting_minutes_changed')
        return { to: 'subject', subject, whenUnposted: 'skip' };
      return { to: 'subject', subject, whenUnposted: 'wait' };
    },

    async load(notice): Promise<Result<MinutesView>> {
      const { councilId, meetingId } = minutesNotice(notice);
      const [described, meeting, approval] = await Promise.all([
        useCases.describeCouncil({ councilId }),
        useCases.showMeeting({ councilId, meetingId }),
        useCases.minutesApprovalStatus({ councilId, meetingId }),
      ]);
      if (!described.ok) return described;
      if (!meeting.ok) return meeting;
      if (!approval.ok) return approval;
      const council = described.value.council;
      const view = { council, meeting: meeting.value, approval: approval.value };
      const round = approval.value.round;
      if (round === undefined) return succeed(view);
      const validForMinutes = minutesLinkMinutes(council, round.sentAt, round.deadline);
      const link = (format: 'docx' | 'md') =>
        useCases.minutesLink({ councilId, meetingId, format, validForMinutes });
      const [docx, md] = await Promise.all([link('docx'), link('md')]);
      if (!docx.ok || !md.ok) return succeed(view);
      return succeed({
        ...view,
        links: { docx: docx.value.url, md: md.value.url, expiresAt: docx.value.expiresAt },
      });
    },

    followUp(notice): FollowUp | undefined {
      return minutesNotice(notice).kind === 'meeting_minutes_approved'
        ? { key: 'approved' }
        : undefined;
    },

    recipient: () => undefined,

    stillDue: () => false,
  };
}
