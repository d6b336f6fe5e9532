import { z } from 'zod';
import type { AuditEvent, Ballot } from '../../domain/hearings/ballot.ts';
import type { Council } from '../../domain/council/council.ts';
import { succeed, type ErrorCode, type Result } from '../../domain/errors.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import { tallyBallots, type Tally } from '../../domain/hearings/hearing-result.ts';
import type { Member } from '../../domain/council/roster.ts';
import { claimSeat, eligibleSeatIds, seatHolder } from '../../domain/council/seat.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, hearingIdField, memberIdField } from '../input-fields.ts';
import { loadCouncil } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { loadSeatContext } from './seat-context.ts';
import { validate } from '../validate.ts';

export interface SeatLine {
  readonly seatId: string;
  readonly memberName: string;
  readonly organisation: string;
  /** Who answers for the seat now: the member or, during afbud, the substitute. */
  readonly holderName: string;
  readonly recused: boolean;
  /** Hidden in a secret hearing. */
  readonly ballot?: Ballot;
  readonly responded: boolean;
  /**
   * Who cast the seat's ballot — the member, or their substitute during afbud.
   * Named even in a secret hearing: who took part is public, only the answer is secret.
   */
  readonly answeredBy?: { readonly name: string; readonly actingAs: Ballot['actingAs'] };
}

/** Everything a surface or the CLI needs to show one hearing. */
export interface HearingView {
  readonly council: Council;
  readonly hearing: Hearing;
  /** Shown while open only when the rules say results are live. */
  readonly tally?: Tally;
  readonly seats: readonly SeatLine[];
  /** Empty when viewed without it (withAudit: false). */
  readonly audit: readonly AuditEvent[];
  /** Who closed it by hand (a seat or the secretariat), by name. */
  readonly closedByName?: string;
  /** The viewer's own seat and ballot, when the viewer holds a seat here. */
  readonly viewer?: {
    readonly member: Member;
    readonly seatId?: string;
    readonly ballot?: Ballot;
    readonly canVote: boolean;
    /** Why the viewer holds no seat here (no voting right, afbud, recused…), as claimSeat says. */
    readonly refusal?: ErrorCode;
  };
}

export const viewHearingInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  viewerId: memberIdField.optional(),
  /** Cards that show no history (Teams answers every click with one) skip reading the audit trail. */
  withAudit: z.boolean().default(true),
});
export type ViewHearingInput = z.input<typeof viewHearingInput>;

export async function viewHearing(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'hearings'>,
  raw: ViewHearingInput,
): Promise<Result<HearingView>> {
  const input = validate(viewHearingInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, viewerId, withAudit } = input.value;
  const [council, hearing] = await Promise.all([
    loadCouncil(deps.councils, councilId),
    loadHearing(deps.hearings, councilId, hearingId),
  ]);
  if (!council.ok) return council;
  if (!hearing.ok) return hearing;
  const now = deps.clock.now();
  const [context, ballots, audit] = await Promise.all([
    loadSeatContext(deps, council.value, hearing.value, now),
    deps.hearings.ballots(councilId, hearingId),
    withAudit ? deps.hearings.auditTrail(councilId, hearingId) : Promise.resolve([]),
  ]);
  return succeed(composeView(council.value, hearing.value, context, ballots, audit, viewerId, now));
}

function composeView(
  council: Council,
  hearing: Hearing,
  context: Awaited<ReturnType<typeof loadSeatContext>>,
  ballots: readonly Ballot[],
  audit: readonly AuditEvent[],
  viewerId: string | undefined,
  now: Date,
): HearingView {
  const secret = hearing.rules.ballot === 'secret';
  const bySeat = new Map(ballots.map((ballot) => [ballot.seatId, ballot]));
  const eligible = eligibleSeatIds(context.members, context.recusedMemberIds);
  const nameOf = (memberId: string): string =>
    context.members.find((candidate) => candidate.id === memberId)?.name ?? memberId;
  const seats: SeatLine[] = context.members
    .filter((member) => eligible.includes(member.id) || context.recusedMemberIds.has(member.id))
    .map((member) => {
      const ballot = bySeat.get(member.id);
      const holder = seatHolder(member.id, context) ?? member;
      return {
        seatId: member.id,
        memberName: member.name,
        organisation: member.organisation,
        holderName: holder.name,
        recused: context.recusedMemberIds.has(member.id),
        responded: ballot !== undefined,
        ...(ballot !== undefined && !secret ? { ballot } : {}),
        ...(ballot === undefined
          ? {}
          : { answeredBy: { name: nameOf(ballot.castBy), actingAs: ballot.actingAs } }),
      };
    });
  const showTally = hearing.state === 'closed' || hearing.rules.results === 'live';
  const member = context.members.find((candidate) => candidate.id === viewerId);
  let viewer: HearingView['viewer'];
  if (member !== undefined) {
    const claim = claimSeat(member.id, context);
    const seatId = claim.ok ? claim.value.seatId : undefined;
    const ballot = seatId === undefined ? undefined : bySeat.get(seatId);
    viewer = {
      member,
      ...(seatId === undefined ? {} : { seatId }),
      ...(ballot === undefined ? {} : { ballot }),
      // Past the deadline no answer is taken, though the close job may not have run yet.
      canVote: claim.ok && hearing.state === 'open' && now.getTime() < Date.parse(hearing.deadline),
      ...(claim.ok ? {} : { refusal: claim.code }),
    };
  }
  const closedByName = context.members.find((candidate) => candidate.id === hearing.closedBy)?.name;
  return {
    council,
    hearing,
    ...(closedByName === undefined ? {} : { closedByName }),
    ...(showTally ? { tally: hearing.result?.tally ?? tallyBallots(ballots, eligible) } : {}),
    seats,
    audit: secret ? audit.map(({ choice: _choice, reason: _reason, ...rest }) => rest) : audit,
    ...(viewer === undefined ? {} : { viewer }),
  };
}
