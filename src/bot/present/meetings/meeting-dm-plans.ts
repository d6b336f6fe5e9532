import type { MemberMeetingView } from '../../../app/meetings/member-meeting-view.ts';
import type { Notice } from '../../../app/ports.ts';
import type { UseCases } from '../../../app/use-cases.ts';
import { succeed, type Result } from '../../../domain/errors.ts';
import type { Member } from '../../../domain/council/roster.ts';
import type {
  ChatNotice,
  NoticePlan,
  NoticePlans,
  WhenUnreachable,
} from '../../message-lifecycle/notice-plan.ts';
import { meetingSubject } from './meeting-notice-plans.ts';

/** The meeting's notices that go to one member directly. */
export type MeetingDmNotice = Extract<
  Notice,
  {
    kind:
      | 'meeting_reminder'
      | 'meeting_afbud_reminder'
      | 'meeting_seat_substituted'
      | 'meeting_seat_returned'
      | 'meeting_agenda_to_member';
  }
> & { readonly memberId: string };

const dmKinds: ReadonlySet<string> = new Set<MeetingDmNotice['kind']>([
  'meeting_reminder',
  'meeting_afbud_reminder',
  'meeting_seat_substituted',
  'meeting_seat_returned',
  'meeting_agenda_to_member',
]);

/** A council-wide reminder queued before reminders named their member has no one to go to. */
const isMeetingDm = (notice: ChatNotice): notice is MeetingDmNotice =>
  dmKinds.has(notice.kind) &&
  typeof (notice as { meetingId?: unknown }).meetingId === 'string' &&
  typeof (notice as { memberId?: unknown }).memberId === 'string';

function dmNotice(notice: ChatNotice): MeetingDmNotice {
  if (!isMeetingDm(notice)) throw new Error(`not a meeting direct message: ${notice.kind}`);
  return notice;
}

/**
 * Where a meeting's direct message may go when its member cannot be reached
 * 1:1 (no personal chat in Teams): never top level in the council's channel.
 * The agenda is the overview's news and a seat change is private: nothing;
 * a reminder at most as an @mention in the overview's thread.
 */
const whenUnreachable: Readonly<Record<MeetingDmNotice['kind'], WhenUnreachable>> = {
  meeting_agenda_to_member: 'none',
  meeting_seat_substituted: 'none',
  meeting_seat_returned: 'none',
  meeting_reminder: 'thread',
  meeting_afbud_reminder: 'thread',
};

/** A direct message about a meeting: the notice, and the meeting as its recipient stands to it now. */
export interface MeetingDmView {
  readonly notice: MeetingDmNotice;
  readonly view: MemberMeetingView;
  /** A signed link to the whole agenda as a Word document; absent when none could be made. */
  readonly agendaUrl?: string;
}

/** A month: the link in a reminder or a suppleant's message outlives the meeting it is about. */
const agendaLinkMinutes = 30 * 24 * 60;

/**
 * Whether a direct message still has something to say when it is delivered:
 * never about a cancelled meeting or one that has begun; a reminder only of
 * the meeting's current revision, to someone still coming (no afbud), the
 * afbud reminder only to someone who has not answered; the suppleant's seat
 * message only while it is still true.
 */
export function meetingDmStillDue({ notice, view }: MeetingDmView): boolean {
  const { meeting } = view.record;
  if (view.begun || meeting.status === 'cancelled') return false;
  const absent = (): string | undefined =>
    'absentMemberId' in notice ? notice.absentMemberId : undefined;
  switch (notice.kind) {
    case 'meeting_reminder':
    case 'meeting_agenda_to_member':
    case 'meeting_afbud_reminder': {
      const current =
        meeting.status === 'agenda_published' && (meeting.sequence ?? 0) === notice.sequence;
      if (!current || !view.invited || view.hasAfbud) return false;
      return notice.kind !== 'meeting_afbud_reminder' || !view.coming;
    }
    case 'meeting_seat_substituted':
      return view.holdsSeatOf?.id === absent();
    case 'meeting_seat_returned':
      return view.holdsSeatOf?.id !== absent();
  }
}

/**
 * What a meeting's direct messages do in chat, on every platform: each goes
 * to its member (`memberId`), rendered from the meeting as they stand to it
 * when it is delivered — the published agenda, the day-before and
 * hour-before reminders, the afbud reminder, and the suppleant told they
 * hold a seat or that it went back.
 */
export function meetingDmPlans(
  useCases: Pick<UseCases, 'memberMeetingView'> & Partial<Pick<UseCases, 'minutesLink'>>,
): NoticePlans<MeetingDmView, Member> {
  return {
    handles: isMeetingDm,

    plan(notice): NoticePlan {
      const dm = dmNotice(notice);
      return {
        to: 'member',
        memberId: dm.memberId,
        subject: meetingSubject(dm.meetingId),
        whenUnreachable: whenUnreachable[dm.kind],
      };
    },

    async load(notice, viewerId): Promise<Result<MeetingDmView>> {
      const dm = dmNotice(notice);
      const [view, agenda] = await Promise.all([
        useCases.memberMeetingView({
          councilId: dm.councilId,
          meetingId: dm.meetingId,
          memberId: viewerId ?? dm.memberId,
        }),
        useCases.minutesLink?.({
          councilId: dm.councilId,
          meetingId: dm.meetingId,
          document: 'agenda',
          format: 'docx',
          validForMinutes: agendaLinkMinutes,
        }),
      ]);
      if (!view.ok) return view;
      return succeed({
        notice: dm,
        view: view.value,
        ...(agenda?.ok ? { agendaUrl: agenda.value.url } : {}),
      });
    },

    followUp: () => undefined,

    recipient: (state) => state.view.member,

    stillDue: (_notice, state) => meetingDmStillDue(state),
  };
}
