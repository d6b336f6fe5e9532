import { z } from 'zod';
import type { NoticeKinds } from '../notice-kind.ts';

const id = z.string().min(1).max(200);
const isoInstant = z.iso.datetime({ offset: true });
const hearingRef = { councilId: id, hearingId: id };

const hearingOpened = z.object({ kind: z.literal('hearing_opened'), ...hearingRef });
const hearingChanged = z.object({ kind: z.literal('hearing_changed'), ...hearingRef });
const deadlineMoved = z.object({
  kind: z.literal('deadline_moved'),
  ...hearingRef,
  deadline: isoInstant,
});
const hearingClosed = z.object({ kind: z.literal('hearing_closed'), ...hearingRef });
const hearingCancelled = z.object({ kind: z.literal('hearing_cancelled'), ...hearingRef });
const reminder = z.object({
  kind: z.literal('reminder'),
  ...hearingRef,
  memberId: id,
  reminderKey: id,
  /** The deadline reminded of: a moved deadline gets reminders of its own. */
  deadline: isoInstant,
});

/** What the council or a member is told about a hearing. */
export type HearingNotice =
  | z.infer<typeof hearingOpened>
  | z.infer<typeof hearingChanged>
  | z.infer<typeof deadlineMoved>
  | z.infer<typeof hearingClosed>
  | z.infer<typeof hearingCancelled>
  | z.infer<typeof reminder>;

/**
 * Only what identifies the event goes in a notice's id: a second
 * hearing_closed for the same hearing is the same news, a reminder is one
 * per member, round and deadline.
 */
export const hearingNotices: NoticeKinds<HearingNotice> = {
  hearing_opened: {
    schema: hearingOpened,
    idParts: (notice) => ['opened', notice.councilId, notice.hearingId],
  },
  hearing_changed: {
    schema: hearingChanged,
    idParts: (notice) => ['refresh', notice.councilId, notice.hearingId],
    refresh: true,
  },
  deadline_moved: {
    schema: deadlineMoved,
    idParts: (notice) => ['moved', notice.councilId, notice.hearingId, Date.parse(notice.deadline)],
  },
  hearing_closed: {
    schema: hearingClosed,
    idParts: (notice) => ['closed', notice.councilId, notice.hearingId],
  },
  hearing_cancelled: {
    schema: hearingCancelled,
    idParts: (notice) => ['cancelled', notice.councilId, notice.hearingId],
  },
  reminder: {
    schema: reminder,
    idParts: (notice) => [
      'reminder',
      notice.councilId,
      notice.hearingId,
      notice.memberId,
      notice.reminderKey,
      Date.parse(notice.deadline),
    ],
  },
};

declare module '../ports.ts' {
  interface CapabilityNotices {
    hearing: HearingNotice;
  }
}
