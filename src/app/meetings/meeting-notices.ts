import { z } from 'zod';
import type { NoticeKinds } from '../notice-kind.ts';

const id = z.string().min(1).max(200);
const meetingRef = { councilId: id, meetingId: id };
/** The meeting's revision the notice is about: a moved meeting's news is news again. */
const sequence = z.number().int().min(0);

const agendaPublished = z.object({ kind: z.literal('meeting_agenda_published'), ...meetingRef });
const meetingReminder = z.object({
  kind: z.literal('meeting_reminder'),
  ...meetingRef,
  reminderKey: z.enum(['day-before', 'hour-before']),
  sequence,
  /** The attendee it is for; one notice per attendee (earlier ones named nobody and were dropped). */
  memberId: id.optional(),
});
const afbudReminder = z.object({
  kind: z.literal('meeting_afbud_reminder'),
  ...meetingRef,
  memberId: id,
  sequence,
});

const minutesSent = z.object({ kind: z.literal('meeting_minutes_sent'), ...meetingRef });
const minutesChanged = z.object({ kind: z.literal('meeting_minutes_changed'), ...meetingRef });
const minutesApproved = z.object({ kind: z.literal('meeting_minutes_approved'), ...meetingRef });
/**
 * A suppleant (memberId) is told they hold a member's (absentMemberId) seat
 * for the meeting, or that the seat went back when the afbud was withdrawn.
 * `at` is when the afbud was registered or withdrawn: afbud, withdrawn and
 * afbud again are three pieces of news.
 */
const seatChange = {
  ...meetingRef,
  memberId: id,
  absentMemberId: id,
  at: z.iso.datetime({ offset: true }),
};
const seatSubstituted = z.object({ kind: z.literal('meeting_seat_substituted'), ...seatChange });
const seatReturned = z.object({ kind: z.literal('meeting_seat_returned'), ...seatChange });

/** The published agenda told to one invitee directly: when, where and the link to the overview. */
const agendaToMember = z.object({
  kind: z.literal('meeting_agenda_to_member'),
  ...meetingRef,
  memberId: id,
  sequence,
});

/** What the council or a member is told about a meeting. */
export type MeetingNotice =
  | z.infer<typeof agendaPublished>
  | z.infer<typeof meetingReminder>
  | z.infer<typeof afbudReminder>
  | z.infer<typeof minutesSent>
  | z.infer<typeof minutesChanged>
  | z.infer<typeof minutesApproved>
  | z.infer<typeof seatSubstituted>
  | z.infer<typeof seatReturned>
  | z.infer<typeof agendaToMember>;

/**
 * Only what identifies the event goes in a notice's id: a reminder is one per
 * meeting, kind and revision, an afbud reminder one per member too.
 * Publishing the agenda again after an edit refreshes what the chat shows
 * (the overview, and the items that changed, updated in place), so it is a
 * refresh: coalesced, never dropped as the same news.
 */
export const meetingNotices: NoticeKinds<MeetingNotice> = {
  meeting_agenda_published: {
    schema: agendaPublished,
    idParts: (notice) => ['agenda-published', notice.councilId, notice.meetingId],
    refresh: true,
  },
  meeting_reminder: {
    schema: meetingReminder,
    idParts: (notice) => [
      'meeting-reminder',
      notice.councilId,
      notice.meetingId,
      notice.reminderKey,
      notice.sequence,
      ...(notice.memberId === undefined ? [] : [notice.memberId]),
    ],
  },
  meeting_afbud_reminder: {
    schema: afbudReminder,
    idParts: (notice) => [
      'afbud-reminder',
      notice.councilId,
      notice.meetingId,
      notice.memberId,
      notice.sequence,
    ],
  },
  // The referat out for approval: posted once; each approval refreshes its
  // count (coalesced); approved once, said in its thread.
  meeting_minutes_sent: {
    schema: minutesSent,
    idParts: (notice) => ['minutes-sent', notice.councilId, notice.meetingId],
  },
  meeting_minutes_changed: {
    schema: minutesChanged,
    idParts: (notice) => ['minutes-changed', notice.councilId, notice.meetingId],
    refresh: true,
  },
  meeting_minutes_approved: {
    schema: minutesApproved,
    idParts: (notice) => ['minutes-approved', notice.councilId, notice.meetingId],
  },
  meeting_seat_substituted: {
    schema: seatSubstituted,
    idParts: (notice) => [
      'seat-substituted',
      notice.councilId,
      notice.meetingId,
      notice.memberId,
      Date.parse(notice.at),
    ],
  },
  meeting_seat_returned: {
    schema: seatReturned,
    idParts: (notice) => [
      'seat-returned',
      notice.councilId,
      notice.meetingId,
      notice.memberId,
      Date.parse(notice.at),
    ],
  },
  // Once per member and revision: publishing again after an edit tells nobody twice.
  meeting_agenda_to_member: {
    schema: agendaToMember,
    idParts: (notice) => [
      'agenda-to-member',
      notice.councilId,
      notice.meetingId,
      notice.memberId,
      notice.sequence,
    ],
  },
};

declare module '../ports.ts' {
  interface CapabilityNotices {
    meeting: MeetingNotice;
  }
}
