import type { MeetingStatus } from '../../domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';

/**
 * How a meeting sits in its Redis hash. The Lua scripts read and write
 * `status` directly, and a cancel adds cancelledAt/cancelledBy beside the
 * JSON body (the meeting's other fields, its items and attendance); reading
 * merges them back.
 */
export interface MeetingFields {
  readonly status: MeetingStatus;
  /** The council-local start as a sortable number, 2023-09-28T13:00 → 202309281300. */
  readonly startScore: number;
  readonly body: string;
}

export function meetingToFields(record: MeetingRecord): MeetingFields {
  const { status, cancelledAt: _at, cancelledBy: _by, ...rest } = record.meeting;
  const startScore = Number(record.meeting.start.replace(/\D/g, ''));
  if (!Number.isSafeInteger(startScore) || record.meeting.start.length !== 16)
    throw new Error(`meeting ${record.meeting.id} has no valid start: ${record.meeting.start}`);
  return {
    status,
    startScore,
    body: JSON.stringify({ ...record, meeting: rest }),
  };
}

export function meetingFromHash(hash: Record<string, string>): MeetingRecord | undefined {
  const { body, status, cancelledAt, cancelledBy } = hash;
  if (body === undefined || status === undefined) return undefined;
  const record = JSON.parse(body) as MeetingRecord;
  return {
    ...record,
    meeting: {
      ...record.meeting,
      status: status as MeetingStatus,
      ...(cancelledAt === undefined ? {} : { cancelledAt }),
      ...(cancelledBy === undefined ? {} : { cancelledBy }),
    },
  };
}
