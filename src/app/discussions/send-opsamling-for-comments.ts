import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { openHearing } from '../hearings/index.ts';
import { councilIdField, localDateField, localTimeField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { discussionIdField } from './discussion-fields.ts';
import { loadManagedDiscussion } from './load-discussion.ts';

const sendInput = z.object({
  councilId: councilIdField,
  discussionId: discussionIdField,
  actorId: memberIdField,
  // The hearing checks the text's own limits and names the field.
  proposal: z.string(),
  deadlineDate: localDateField,
  deadlineTime: localTimeField,
});

const titlePrefix = 'Opsamling fra gruppedrøftelser: ';
/** A hearing's title holds 150 characters. */
const maxTitle = 150;

/**
 * Sends the compiled opsamling "i høring til kommentering og supplering": a
 * comments hearing through the hearings' own use case, on the discussion's
 * meeting item if it has one. Once: a second send is refused.
 */
export async function sendOpsamlingForComments(
  deps: AppDeps,
  raw: {
    councilId: string;
    discussionId: string;
    actorId: string;
    proposal: string;
    deadlineDate: string;
    deadlineTime: string;
  },
): Promise<Result<{ hearingId: string }>> {
  const input = validate(sendInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId, proposal, deadlineDate, deadlineTime } = input.value;
  const loaded = await loadManagedDiscussion(deps, councilId, discussionId, actorId);
  if (!loaded.ok) return loaded;
  const { discussion } = loaded.value;
  const opsamling = await deps.discussions.opsamling(councilId, discussionId);
  if (discussion.status !== 'compiled' || opsamling === undefined)
    return fail('discussion_not_compiled');
  if (opsamling.hearingId !== undefined)
    return fail('discussion_opsamling_already_sent', undefined, { hearingId: opsamling.hearingId });
  // Of two clicks at once, one opens the hearing; the other is told it is sent.
  if (!(await deps.discussions.claimCommentsHearing(councilId, discussionId, actorId)))
    return fail('discussion_opsamling_already_sent', undefined, { hearingId: '' });
  const title = `${titlePrefix}${discussion.title}`;
  // The claim is let go whatever goes wrong before the hearing's id is kept
  // (a refusal, a store outage), so a failed send can always be tried again.
  let opened: Awaited<ReturnType<typeof openHearing>>;
  try {
    opened = await openHearing(deps, {
      councilId,
      actorId,
      title: title.length > maxTitle ? `${title.slice(0, maxTitle - 1)}…` : title,
      proposal,
      mode: 'comments',
      deadlineDate,
      deadlineTime,
      ...(discussion.meetingId === undefined ? {} : { meetingId: discussion.meetingId }),
      ...(discussion.itemNumber === undefined ? {} : { agendaItem: discussion.itemNumber }),
    });
    if (opened.ok)
      await deps.discussions.saveOpsamling(councilId, discussionId, {
        ...opsamling,
        hearingId: opened.value.id,
      });
  } catch (error) {
    await deps.discussions.releaseCommentsHearing(councilId, discussionId);
    throw error;
  }
  if (!opened.ok) {
    await deps.discussions.releaseCommentsHearing(councilId, discussionId);
    return opened;
  }
  await deps.notifier.notify({ kind: 'discussion_opsamling_posted', councilId, discussionId });
  return succeed({ hearingId: opened.value.id });
}
