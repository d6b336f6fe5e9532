import { z } from 'zod';
import { succeed, type Result } from '../../domain/errors.ts';
import { withDecisions, type Decision } from '../../domain/meetings/decision.ts';
import { outstandingBefore, type FollowUpPoint } from '../../domain/meetings/follow-up.ts';
import type { ItemGroupDiscussion } from '../../domain/meetings/item-group-discussion.ts';
import {
  localDateTimeOf,
  upcomingFirst,
  type MeetingRecord,
} from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil } from '../council/load-council.ts';
import { councilIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { pointsOfMeetings } from './follow-up-points.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { withBuiltAttendance } from './meeting-attendance.ts';

export const listMeetingsInput = z.object({ councilId: councilIdField });
export type ListMeetingsInput = z.input<typeof listMeetingsInput>;

/** The council's meetings, the upcoming ones first (soonest first), then the past ones. */
export async function listMeetings(
  deps: Pick<AppDeps, 'councils' | 'meetings' | 'clock'>,
  raw: ListMeetingsInput,
): Promise<Result<MeetingRecord[]>> {
  const input = validate(listMeetingsInput, raw);
  if (!input.ok) return input;
  const council = await loadCouncil(deps.councils, input.value.councilId);
  if (!council.ok) return council;
  const records = await deps.meetings.meetings(council.value.id);
  return succeed(upcomingFirst(records, localDateTimeOf(deps.clock.now(), council.value.timeZone)));
}

export const showMeetingInput = z.object({ councilId: councilIdField, meetingId: meetingIdField });
export type ShowMeetingInput = z.input<typeof showMeetingInput>;

/**
 * A meeting as it is shown and printed: its items carry the recorded
 * decisions as their Beslutning (the referat prints them as they are), its
 * attendance is the imported one or, for a meeting run in Rådsbot that has
 * begun, the one built from the roster and afbud, and `followUp` holds the
 * points still outstanding from earlier meetings, which the start of its
 * agenda shows ("Opfølgning fra tidligere møder").
 */
export type ShownMeeting = MeetingRecord & {
  readonly decisions: readonly Decision[];
  readonly followUp: readonly FollowUpPoint[];
  /**
   * Item number as printed ("3") → the opsamling of the group discussion held
   * on it, printed under the item in the referat; absent when there is none.
   */
  readonly groupDiscussions?: Readonly<Record<string, ItemGroupDiscussion>>;
};

/** One meeting with its agenda items, their decisions, the attendance and the follow-up. */
export async function showMeeting(
  deps: Pick<
    AppDeps,
    | 'meetings'
    | 'decisions'
    | 'followUp'
    | 'councils'
    | 'rosters'
    | 'absences'
    | 'meetingGuests'
    | 'itemGroupDiscussions'
    | 'clock'
  >,
  raw: ShowMeetingInput,
): Promise<Result<ShownMeeting>> {
  const input = validate(showMeetingInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId } = input.value;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const { meeting } = record.value;
  // The reads do not depend on each other: one round of waiting, not four.
  const [decisions, followUp, attended, groupDiscussions] = await Promise.all([
    deps.decisions.decisions(councilId, meetingId),
    outstandingFollowUp(deps, councilId, meeting),
    withBuiltAttendance(deps, record.value),
    deps.itemGroupDiscussions.groupDiscussions(councilId, meetingId),
  ]);
  return succeed({
    ...withDecisions(attended, decisions),
    decisions,
    followUp,
    ...(groupDiscussions.size === 0
      ? {}
      : { groupDiscussions: Object.fromEntries(groupDiscussions) }),
  });
}

/** The follow-up points still open from the meetings before this one. */
async function outstandingFollowUp(
  deps: Pick<AppDeps, 'meetings' | 'decisions' | 'followUp'>,
  councilId: string,
  meeting: MeetingRecord['meeting'],
): Promise<FollowUpPoint[]> {
  const earlier = (await deps.meetings.meetings(councilId)).filter(
    (other) => other.meeting.id !== meeting.id && other.meeting.start < meeting.start,
  );
  return outstandingBefore(await pointsOfMeetings(deps, councilId, earlier), meeting);
}
