import { z } from 'zod';
import { succeed, type Result } from '../../domain/errors.ts';
import { openHearing, type Hearing } from '../../domain/hearings/hearing.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, hearingIdField, memberIdField } from '../input-fields.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { scheduleHearing } from './schedule-hearing.ts';
import { validate } from '../validate.ts';

export const publishDraftInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  actorId: memberIdField,
});
export type PublishDraftInput = z.input<typeof publishDraftInput>;

/** Sends a prepared draft in høring: it opens, is scheduled and announced. */
export async function publishDraft(
  deps: AppDeps,
  raw: PublishDraftInput,
): Promise<Result<Hearing>> {
  const input = validate(publishDraftInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const [actor, draft] = await Promise.all([
    loadMember(deps.rosters, councilId, actorId),
    loadHearing(deps.hearings, councilId, hearingId),
  ]);
  if (!actor.ok) return actor;
  if (!draft.ok) return draft;
  const opened = openHearing(draft.value, actor.value, deps.clock.now());
  if (!opened.ok) return opened;
  await deps.hearings.saveHearing(opened.value);
  await scheduleHearing(deps, council.value, opened.value);
  await deps.notifier.notify({ kind: 'hearing_opened', councilId, hearingId });
  return succeed(opened.value);
}
