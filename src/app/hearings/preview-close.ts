import { previewClose as preview, type ClosePreview } from '../../domain/hearings/close-preview.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import { eligibleSeatIds } from '../../domain/council/seat.ts';
import type { AppDeps } from '../deps.ts';
import { closeHearingInput, loadClosableHearing, type CloseHearingInput } from './close-hearing.ts';

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
  const closable = await loadClosableHearing(deps, raw);
  if (!closable.ok) return closable;
  const hearing = closable.value.hearing;
  const { councilId, id: hearingId } = hearing;
  const [members, recused, ballots] = await Promise.all([
    deps.rosters.roster(councilId),
    deps.hearings.recusedMemberIds(councilId, hearingId),
    deps.hearings.ballots(councilId, hearingId),
  ]);
  const { mode, rules } = hearing;
  return succeed({
    hearing,
    ...preview(mode, rules, ballots, eligibleSeatIds(members, recused)),
  });
}
