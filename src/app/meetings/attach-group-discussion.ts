import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import {
  maxGroupDiscussionText,
  type ItemGroupDiscussion,
} from '../../domain/meetings/item-group-discussion.ts';
import { itemNumbered } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { itemNumberField } from './decision-fields.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';

const text = z.string().max(maxGroupDiscussionText);
const key = z.string().trim().min(1).max(20);

const groupDiscussionField = z.object({
  discussionId: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  topics: z
    .array(
      z.object({
        key,
        title: z.string().trim().min(1).max(300),
        questions: z.array(z.string().max(1000)).max(50),
        groups: z
          .array(
            z.object({ key, answers: z.array(text).max(50), notes: text, submitted: z.boolean() }),
          )
          .max(200),
      }),
    )
    .min(1)
    .max(26),
  missingGroups: z.array(key).max(200),
  compiledAt: z.iso.datetime(),
});

export const attachGroupDiscussionInput = z.object({
  councilId: councilIdField,
  meetingId: meetingIdField,
  itemNumber: itemNumberField,
  discussion: groupDiscussionField,
});
export interface AttachGroupDiscussionInput {
  readonly councilId: string;
  readonly meetingId: string;
  /** As printed: "3", "2.1". */
  readonly itemNumber: string;
  readonly discussion: ItemGroupDiscussion;
}

/**
 * Attaches a compiled group discussion's opsamling to the meeting's agenda
 * item, so the referat prints "Opsamling fra gruppedrøftelser" under it;
 * called again (a summary edited before the due time) it replaces it.
 * Called by the discussions when they compile, not by a person: no role check.
 *
 * Gives the opsamling as stored. Refuses, writing nothing: a bad input
 * (`invalid_input` naming the field), `meeting_not_found`,
 * `decision_item_not_found` (params: item), `meeting_cancelled`, and
 * `group_discussion_meeting_closed` (params: status) once the minutes are
 * approved — the approved referat stays as approved.
 */
export async function attachGroupDiscussion(
  deps: Pick<AppDeps, 'meetings' | 'itemGroupDiscussions'>,
  raw: AttachGroupDiscussionInput,
): Promise<Result<ItemGroupDiscussion>> {
  const input = validate(attachGroupDiscussionInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId, itemNumber, discussion } = input.value;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  if (itemNumbered(record.value, itemNumber) === undefined)
    return fail('decision_item_not_found', 'itemNumber', { item: itemNumber });
  const write = await deps.itemGroupDiscussions.attach(
    councilId,
    meetingId,
    itemNumber,
    discussion,
  );
  if (write.written) return succeed(discussion);
  if (write.meetingStatus === 'missing') return fail('meeting_not_found', 'meetingId');
  if (write.meetingStatus === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  return fail('group_discussion_meeting_closed', 'meetingId', { status: write.meetingStatus });
}
