import { z } from 'zod';
import type { Ballot } from '../../domain/hearings/ballot.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import { claimSeat } from '../../domain/council/seat.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { loadSeatContext } from './seat-context.ts';
import { validate } from '../validate.ts';

export interface MyHearing {
  readonly hearing: Hearing;
  /** The seat the member answers for here, if any (their own or, as substitute, another's). */
  readonly seatId?: string;
  readonly ballot?: Ballot;
}

export const listMyHearingsInput = z.object({ councilId: councilIdField, memberId: memberIdField });
export type ListMyHearingsInput = z.input<typeof listMyHearingsInput>;

/** "Mine høringer": the open hearings, soonest deadline first, with the member's own ballot. */
export async function listMyHearings(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'hearings'>,
  raw: ListMyHearingsInput,
): Promise<Result<MyHearing[]>> {
  const input = validate(listMyHearingsInput, raw);
  if (!input.ok) return input;
  const { councilId, memberId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const member = await loadMember(deps.rosters, councilId, memberId);
  if (!member.ok) return member;
  const now = deps.clock.now();
  const open = await deps.hearings.openHearings(councilId);
  const mine = await Promise.all(
    open.map(async (hearing): Promise<MyHearing> => {
      const claim = claimSeat(memberId, await loadSeatContext(deps, council.value, hearing, now));
      if (!claim.ok) return { hearing };
      const ballot = (await deps.hearings.ballots(councilId, hearing.id)).find(
        (candidate) => candidate.seatId === claim.value.seatId,
      );
      return { hearing, seatId: claim.value.seatId, ...(ballot === undefined ? {} : { ballot }) };
    }),
  );
  return succeed(mine);
}
