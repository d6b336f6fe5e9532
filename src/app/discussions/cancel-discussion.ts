import { z } from 'zod';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { discussionIdField } from './discussion-fields.ts';
import { loadManagedDiscussion } from './load-discussion.ts';

const cancelInput = z.object({
  councilId: councilIdField,
  discussionId: discussionIdField,
  actorId: memberIdField,
});

/**
 * The secretariat stops a discussion before its opsamling: its jobs go, and
 * the channel message says so. One atomic status change, so a cancel that
 * crosses an announce or a compile never undoes it.
 */
export async function cancelDiscussion(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'discussions' | 'discussionScheduler' | 'notifier'>,
  raw: { councilId: string; discussionId: string; actorId: string },
): Promise<Result<Discussion>> {
  const input = validate(cancelInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId } = input.value;
  const loaded = await loadManagedDiscussion(deps, councilId, discussionId, actorId);
  if (!loaded.ok) return loaded;
  const { discussion } = loaded.value;
  // The opsamling has gone to the council: there is nothing left to stop.
  if (discussion.status === 'compiled') return fail('discussion_already_compiled');
  const cancelled: Discussion = {
    ...discussion,
    status: 'cancelled',
    sequence: discussion.sequence + 1,
  };
  if (!(await deps.discussions.saveDiscussion(cancelled, discussion.status, discussion.sequence)))
    return fail('discussion_changed_meanwhile');
  await deps.discussionScheduler.cancelAll(cancelled);
  await deps.notifier.notify({ kind: 'discussion_changed', councilId, discussionId });
  return succeed(cancelled);
}
