import { z } from 'zod';
import { draftTimes } from '../../domain/discussions/discussion-draft-times.ts';
import { localTimeOf } from '../../domain/discussions/discussion-time.ts';
import { yearsAround } from '../../domain/council/working-days.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { itemNumbered, loadMeeting } from '../meetings/index.ts';
import { validate } from '../validate.ts';
import { itemNumberField, meetingRefField } from './discussion-fields.ts';
import type { DiscussionDraft } from './discussion-types.ts';
import { loadDiscussionManager } from './load-discussion.ts';
import { checkDiscussionItem } from './start-discussion.ts';

const draftInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingRefField,
  itemNumber: itemNumberField,
});

/**
 * What the set-up form opened from a D item's "Start gruppedrøftelse"
 * starts from: the item's title and times around the meeting (see
 * draftTimes in src/domain/discussions/discussion-draft-times.ts).
 */
export async function discussionDraftForItem(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'discussions' | 'clock' | 'holidays'>,
  raw: { councilId: string; actorId: string; meetingId: string; itemNumber: string },
): Promise<Result<DiscussionDraft>> {
  const input = validate(draftInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, itemNumber } = input.value;
  const manager = await loadDiscussionManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const onItem = await checkDiscussionItem(deps, councilId, { meetingId, itemNumber });
  if (!onItem.ok) return onItem;
  const meeting = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!meeting.ok) return meeting;
  const item = itemNumbered(meeting.value, itemNumber);
  const { timeZone, locale } = manager.value.council;
  const now = deps.clock.now();
  const holidays = await deps.holidays.namesIn(yearsAround(now, timeZone), locale);
  const times = draftTimes(meeting.value.meeting.start, localTimeOf(now, timeZone), holidays);
  return succeed({
    title: item?.title ?? meeting.value.meeting.title,
    meetingId,
    itemNumber,
    ...times,
  });
}
