import { previewClose as preview, type ClosePreview } from '../domain/close-preview.ts';
import { succeed, type Result } from '../domain/errors.ts';
import { mayClose, type Hearing } from '../domain/hearing.ts';
import { eligibleSeatIds } from '../domain/seat.ts';
import type { AppDeps } from './deps.ts';
import { closeHearingInput, type CloseHearingInput } from './close-hearing.ts';
import { loadCouncil, loadHearing, loadMember } from './load-council.ts';
import { validate } from './validate.ts';

/** The same question as closing: which hearing, asked by whom. */
export const previewCloseInput = closeHearingInput;
export type PreviewCloseInput = CloseHearingInput;

/**
 * Before the secretariat or the chair group closes a hearing early: what
 * closing now would lead to, as far as the rules let it be said. Asked by the
 * same people, under the same rule, as closing itself; it changes nothing.
 */
export async function previewCloseHearing(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'hearings'>,
  raw: PreviewCloseInput,
): Promise<Result<ClosePreview & { readonly hearing: Hearing }>> {
  const input = validate(previewCloseInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const [actor, hearing] = await Promise.all([
    loadMember(deps.rosters, councilId, actorId),
    loadHearing(deps.hearings, councilId, hearingId),
  ]);
  if (!actor.ok) return actor;
  if (!hearing.ok) return hearing;
  const allowed = mayClose(hearing.value, actor.value);
  if (!allowed.ok) return allowed;
  const [members, recused, ballots] = await Promise.all([
    deps.rosters.roster(councilId),
    deps.hearings.recusedMemberIds(councilId, hearingId),
    deps.hearings.ballots(councilId, hearingId),
  ]);
  const { mode, rules } = hearing.value;
  return succeed({
    hearing: hearing.value,
    ...preview(mode, rules, ballots, eligibleSeatIds(members, recused)),
  });
}
