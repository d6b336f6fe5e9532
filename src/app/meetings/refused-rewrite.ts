import { fail, type Failure } from '../../domain/errors.ts';
import type { MeetingStore } from './ports.ts';

/**
 * Why the store refused to rewrite a meeting read a moment ago: it was
 * cancelled meanwhile, or its status changed (the minutes were sent, say), and
 * the change should be made again from what it is now.
 */
export async function refusedRewrite(
  meetings: MeetingStore,
  councilId: string,
  meetingId: string,
): Promise<Failure> {
  const now = await meetings.meeting(councilId, meetingId);
  return now?.meeting.status === 'cancelled'
    ? fail('meeting_cancelled', 'meetingId')
    : fail('meeting_changed_meanwhile', 'meetingId');
}
