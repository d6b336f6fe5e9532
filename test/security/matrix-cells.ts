/**
 * What every surface's matrix does around a cell: a fresh hearing set up for
 * the action, the store read before and after, and the check that an allowed
 * cell changed what it should and a refused one changed nothing.
 */
import { expect } from 'vitest';
import type { AppDeps } from '../../src/app/deps.ts';
import type { UseCases } from '../../src/app/use-cases.ts';
import {
  actorOf,
  councilId,
  otherCouncilId,
  type Action,
  type Role,
} from './authorisation-matrix.ts';

export interface MatrixBot {
  readonly useCases: UseCases;
  readonly deps: AppDeps;
}

export interface CellState {
  readonly hearing: { readonly state?: string; readonly deadline?: string };
  readonly ballots: readonly { seatId: string; castBy: string; choice: string }[];
  readonly absences: readonly string[];
  readonly recused: readonly string[];
  readonly openHearings: readonly string[];
  readonly otherCouncilOpenHearings: readonly string[];
}

const ok = <T>(result: { ok: true; value: T } | { ok: false; code: string }): T => {
  if (!result.ok) throw new Error(`matrix setup failed: ${result.code}`);
  return result.value;
};

/**
 * A fresh open hearing for one cell. Karen (m3) has sent afbud, so her
 * suppleant Sune (s3) holds her seat; Jens (m2) is present, so his suppleant
 * Bo (s2) does not. Before a withdraw every voter has answered, so there is
 * a ballot to take back (or to keep).
 */
export async function freshHearing(bot: MatrixBot, action: Action, title: string): Promise<string> {
  const hearing = ok(
    await bot.useCases.openHearing({
      councilId,
      actorId: 'sek',
      title,
      proposal: 'Sekretariatet indstiller, at Rådet tager orienteringen til efterretning.',
      deadlineDate: '2026-11-27',
      deadlineTime: '12:00',
    }),
  );
  ok(await bot.useCases.registerAbsence({ councilId, memberId: 'm3', hearingId: hearing.id }));
  if (action === 'withdraw') {
    for (const actorId of ['fm', 'm1', 'm2', 's3']) {
      ok(
        await bot.useCases.castBallot({ councilId, hearingId: hearing.id, actorId, choice: 'for' }),
      );
    }
  }
  return hearing.id;
}

export async function stateOf(bot: MatrixBot, hearingId: string): Promise<CellState> {
  const { hearings, absences } = bot.deps;
  const [hearing, ballots, away, recused, open, otherOpen] = await Promise.all([
    hearings.hearing(councilId, hearingId),
    hearings.ballots(councilId, hearingId),
    absences.absences(councilId),
    hearings.recusedMemberIds(councilId, hearingId),
    hearings.openHearings(councilId),
    hearings.openHearings(otherCouncilId),
  ]);
  return {
    hearing: { state: hearing?.state, deadline: hearing?.deadline },
    ballots: ballots
      .map(({ seatId, castBy, choice }) => ({ seatId, castBy, choice }))
      .sort((a, b) => a.seatId.localeCompare(b.seatId)),
    absences: away
      .map((absence) =>
        absence.scope.kind === 'hearing'
          ? `${absence.memberId}@${absence.scope.hearingId}`
          : absence.scope.kind === 'meeting'
            ? `${absence.memberId}@meeting:${absence.scope.meetingId}`
            : `${absence.memberId}@${absence.scope.from}..${absence.scope.to}`,
      )
      .sort(),
    recused: [...recused].sort(),
    openHearings: open.map((h) => h.id).sort(),
    otherCouncilOpenHearings: otherOpen.map((h) => h.id).sort(),
  };
}

/** Whether a reminder round was taken for the hearing: a second round is then refused as too soon. */
export async function reminderRoundTaken(bot: MatrixBot, hearingId: string): Promise<boolean> {
  const again = ok(await bot.useCases.remindNow({ councilId, hearingId, actorId: 'sek' }));
  return again.kind === 'too_soon';
}

/** The seat a role's ballot is for (the suppleant during afbud answers for Karen's seat). */
const seatOf = (role: Role): string => (role === 'suppleant_member_absent' ? 'm3' : actorOf[role]);

/** The change an allowed cell must have made. */
export function expectChanged(
  action: Action,
  role: Role,
  hearingId: string,
  before: CellState,
  after: CellState,
): void {
  const actor = actorOf[role];
  switch (action) {
    case 'open':
      expect(after.openHearings.length).toBe(before.openHearings.length + 1);
      return;
    case 'vote':
      expect(after.ballots).toContainEqual(
        expect.objectContaining({ seatId: seatOf(role), castBy: actor }),
      );
      return;
    case 'withdraw':
      expect(before.ballots.map((b) => b.seatId)).toContain(seatOf(role));
      expect(after.ballots.map((b) => b.seatId)).not.toContain(seatOf(role));
      return;
    case 'afbud':
      expect(after.absences).toContain(`${actor}@${hearingId}`);
      return;
    case 'inhabil':
      expect(after.recused).toContain(actor);
      return;
    case 'deadline':
      expect(after.hearing.deadline).not.toBe(before.hearing.deadline);
      return;
    case 'close':
      expect(after.hearing.state).toBe('closed');
      return;
    case 'cancel':
      expect(after.hearing.state).toBe('cancelled');
      return;
    case 'remind':
      // Checked by the caller with reminderRoundTaken.
      expect(after).toEqual(before);
      return;
  }
}
