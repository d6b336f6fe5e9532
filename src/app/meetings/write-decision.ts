import { fail, succeed, type Failure, type Result } from '../../domain/errors.ts';
import { decide, type Decision, type DecisionEvent } from '../../domain/meetings/decision.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import { localDateTimeOf } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { loadMeeting } from './load-meeting.ts';
import { loadManager } from './meeting-manager.ts';
import { memberNames } from './member-names.ts';

export type DecisionDeps = Pick<
  AppDeps,
  'councils' | 'rosters' | 'meetings' | 'decisions' | 'clock' | 'notifier'
>;

export interface DecisionRequest {
  readonly councilId: string;
  readonly actorId: string;
  readonly meetingId: string;
  readonly itemNumber: string;
  readonly text: string;
  readonly noted: boolean;
  readonly seenRevision?: number | undefined;
}

export interface RecordedDecision {
  readonly decision: Decision;
  readonly event: DecisionEvent;
}

/**
 * The item changed since the secretary opened it: who changed it and when
 * (council-local), the Beslutning it has now and its revision, and the
 * secretary's own text, so the answer can give it back to re-apply.
 */
function changedMeanwhile(
  item: string,
  current: Decision | undefined,
  yours: string,
  timeZone: string,
  nameOf: (memberId: string) => string,
): Failure {
  const at = current === undefined ? '' : localDateTimeOf(new Date(current.recordedAt), timeZone);
  return fail('decision_changed_meanwhile', undefined, {
    item,
    revision: current?.revision ?? 0,
    by: current === undefined ? '' : nameOf(current.recordedBy),
    date: at.slice(0, 10),
    time: at.slice(11),
    current: current?.text ?? '',
    yours: yours.trim(),
  });
}

/**
 * A recorded decision shows in the item's reply under the published agenda:
 * the agenda's notice is a refresh, so queuing it again updates in place the
 * replies whose item changed (the one decided), and posts nothing new. A
 * meeting still only planned has nothing in chat to update.
 */
async function refreshPublishedAgenda(
  deps: Pick<DecisionDeps, 'notifier'>,
  meeting: Meeting,
): Promise<void> {
  if (meeting.status === 'planned' || meeting.status === 'cancelled') return;
  await deps.notifier.notify({
    kind: 'meeting_agenda_published',
    councilId: meeting.councilId,
    meetingId: meeting.id,
  });
}

/**
 * Records a Beslutning (or "Taget til efterretning") on an item: checks the
 * actor, the meeting, the item and the text, then writes the decision and its
 * audit event in one step, only if nobody changed the item since the
 * revision the secretary saw. Without a seen revision, the item is taken to
 * have no decision yet: replacing one means naming the revision read, so a
 * decision is never overwritten by someone who has not seen it.
 */
export async function writeDecision(
  deps: DecisionDeps,
  request: DecisionRequest,
): Promise<Result<RecordedDecision>> {
  const { councilId, actorId, meetingId, itemNumber, text, noted } = request;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const { timeZone } = manager.value.council;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const stored = await deps.decisions.decisions(councilId, meetingId);
  const current = stored.find((decision) => decision.item === itemNumber);
  const storedRevision = current?.revision ?? 0;
  const decided = decide(record.value, current, {
    item: itemNumber,
    text,
    noted,
    by: actorId,
    at: deps.clock.now(),
  });
  // What can never work (no such item, "noted" on a B item) is said before a stale revision.
  if (!decided.ok) return decided;
  const seen = request.seenRevision ?? 0;
  if (seen !== storedRevision)
    return changedMeanwhile(
      itemNumber,
      current,
      text,
      timeZone,
      await memberNames(deps, councilId),
    );
  const { decision, event } = decided.value;
  const written = await deps.decisions.recordDecision(councilId, meetingId, decision, event, seen);
  if (written.written) {
    await refreshPublishedAgenda(deps, record.value.meeting);
    return succeed(decided.value);
  }
  if ('meetingStatus' in written) {
    if (written.meetingStatus === 'cancelled') return fail('meeting_cancelled', 'meetingId');
    if (written.meetingStatus === 'minutes_approved')
      return fail('decision_after_approval', 'meetingId');
    return fail('meeting_not_found', 'meetingId');
  }
  return changedMeanwhile(
    itemNumber,
    written.current,
    text,
    timeZone,
    await memberNames(deps, councilId),
  );
}
