import { z } from 'zod';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { discussionIdField } from './discussion-fields.ts';
import type { DiscussionView } from './discussion-types.ts';
import { loadManagedDiscussion } from './load-discussion.ts';
import type { Opsamling } from './ports.ts';
import { viewOf } from './view-discussion.ts';
import { attachGroupDiscussion, type ItemGroupDiscussion } from '../meetings/index.ts';
import { opsamlingForMinutes } from './opsamling-for-minutes.ts';

export type CompileDeps = Pick<
  AppDeps,
  | 'councils'
  | 'rosters'
  | 'absences'
  | 'discussions'
  | 'notifier'
  | 'clock'
  | 'meetings'
  | 'itemGroupDiscussions'
>;

/**
 * announced → compiled, on the version read: a change saved meanwhile (a room
 * link, a role handed over) is read again and kept, never written back over.
 * Undefined when it is no longer announced (compiled by another, cancelled).
 */
async function markCompiled(
  deps: Pick<CompileDeps, 'discussions'>,
  read: Discussion,
): Promise<Discussion | undefined> {
  let current: Discussion | undefined = read;
  for (let attempt = 0; attempt < 5 && current?.status === 'announced'; attempt++) {
    const compiled: Discussion = { ...current, status: 'compiled' };
    if (await deps.discussions.saveDiscussion(compiled, 'announced', current.sequence))
      return compiled;
    current = await deps.discussions.discussion(read.councilId, read.id);
  }
  return undefined;
}

/**
 * Compiles the opsamling: announced → compiled in one atomic step (of two
 * compiles at once, one does it), noting the groups still missing, then
 * posts it to the council's channel. A summary edited afterwards, until
 * due, refreshes it (`refreshOpsamling`).
 */
export async function compileNow(
  deps: CompileDeps,
  discussion: Discussion,
  compiledBy: string,
): Promise<boolean> {
  const compiled = await markCompiled(deps, discussion);
  if (compiled === undefined) return false;
  await writeOpsamling(deps, compiled, {
    compiledAt: deps.clock.now().toISOString(),
    compiledBy,
  });
  return true;
}

/** A summary came in after the opsamling was compiled: its missing groups and message follow. */
export async function refreshOpsamling(deps: CompileDeps, discussion: Discussion): Promise<void> {
  const before = await deps.discussions.opsamling(discussion.councilId, discussion.id);
  if (before === undefined) return;
  await writeOpsamling(deps, discussion, before);
}

async function writeOpsamling(
  deps: CompileDeps,
  discussion: Discussion,
  base: Pick<Opsamling, 'compiledAt' | 'compiledBy' | 'hearingId'>,
): Promise<void> {
  const { councilId, id: discussionId } = discussion;
  const [proposal, summaries] = await Promise.all([
    deps.discussions.proposal(councilId, discussionId),
    deps.discussions.summaries(councilId, discussionId),
  ]);
  const submitted = new Set(summaries.map((summary) => summary.groupKey));
  const opsamling: Opsamling = {
    ...base,
    missingGroups: (proposal?.groups ?? [])
      .map((group) => group.key)
      .filter((key) => !submitted.has(key)),
  };
  await deps.discussions.saveOpsamling(councilId, discussionId, opsamling);
  await attachToItem(
    deps,
    discussion,
    opsamlingForMinutes(discussion, proposal?.groups ?? [], summaries, opsamling),
  );
  await deps.notifier.notify({ kind: 'discussion_opsamling_posted', councilId, discussionId });
  await deps.notifier.notify({ kind: 'discussion_changed', councilId, discussionId });
}

/**
 * A discussion on a meeting's item: the opsamling goes into the referat
 * under that item, replaced by each refresh. The meeting may refuse it (its
 * minutes approved, the meeting cancelled or the item gone): the opsamling
 * is still posted to the council, and the referat as approved stays as it is.
 */
async function attachToItem(
  deps: CompileDeps,
  discussion: Discussion,
  forMinutes: ItemGroupDiscussion,
): Promise<void> {
  const { councilId, meetingId, itemNumber } = discussion;
  if (meetingId === undefined || itemNumber === undefined) return;
  await attachGroupDiscussion(deps, { councilId, meetingId, itemNumber, discussion: forMinutes });
}

const compileInput = z.object({
  councilId: councilIdField,
  discussionId: discussionIdField,
  actorId: memberIdField,
});

/** "Saml op nu": the secretariat posts the opsamling before every group is in. */
export async function compileOpsamling(
  deps: CompileDeps,
  raw: { councilId: string; discussionId: string; actorId: string },
): Promise<Result<DiscussionView>> {
  const input = validate(compileInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId } = input.value;
  const loaded = await loadManagedDiscussion(deps, councilId, discussionId, actorId);
  if (!loaded.ok) return loaded;
  const { discussion } = loaded.value;
  if (discussion.status === 'sign_up') return fail('discussion_not_announced');
  if (discussion.status === 'announced') {
    const summaries = await deps.discussions.summaries(councilId, discussionId);
    if (summaries.length === 0) return fail('discussion_no_summaries');
    await compileNow(deps, discussion, actorId);
  }
  const current = await deps.discussions.discussion(councilId, discussionId);
  return succeed(await viewOf(deps, current ?? discussion, loaded.value.council.timeZone));
}
