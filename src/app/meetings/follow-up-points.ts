import { withDecisions } from '../../domain/meetings/decision.ts';
import { followUpPoints, type FollowUpPoint } from '../../domain/meetings/follow-up.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';

/**
 * The follow-up points of the given meetings, built again from their B
 * items' decisions with the secretariat's stored edits, in meeting order.
 */
export async function pointsOfMeetings(
  deps: Pick<AppDeps, 'decisions' | 'followUp'>,
  councilId: string,
  records: readonly MeetingRecord[],
): Promise<FollowUpPoint[]> {
  const decided = records.filter((record) => record.meeting.status !== 'cancelled');
  if (decided.length === 0) return [];
  const [decisions, edits] = await Promise.all([
    Promise.all(decided.map((record) => deps.decisions.decisions(councilId, record.meeting.id))),
    deps.followUp.followUpEdits(
      councilId,
      decided.map((record) => record.meeting.id),
    ),
  ]);
  return decided.flatMap((record, at) =>
    followUpPoints(
      withDecisions(record, decisions[at] ?? []),
      edits.get(record.meeting.id) ?? new Map(),
    ),
  );
}
