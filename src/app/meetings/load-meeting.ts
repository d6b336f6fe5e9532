import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { MeetingStore } from './ports.ts';

export async function loadMeeting(
  meetings: MeetingStore,
  councilId: string,
  meetingId: string,
): Promise<Result<MeetingRecord>> {
  const record = await meetings.meeting(councilId, meetingId);
  return record === undefined ? fail('meeting_not_found', 'meetingId') : succeed(record);
}
