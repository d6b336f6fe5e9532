import { z } from 'zod';
import { isValidPeriod, type Absence } from '../../domain/council/absence.ts';
import { localDateOf } from '../../domain/council/council-time.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { holdsSeat, substituteOf } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, hearingIdField, localDateField, memberIdField } from '../input-fields.ts';
import { loadCouncil, loadMember } from './load-council.ts';
// Afbud for one hearing names it, through the hearings' public entry.
import { loadHearing } from '../hearings/index.ts';
import { validate } from '../validate.ts';

export const registerAbsenceInput = z.union([
  z.object({ councilId: councilIdField, memberId: memberIdField, hearingId: hearingIdField }),
  z.object({
    councilId: councilIdField,
    memberId: memberIdField,
    from: localDateField,
    to: localDateField,
  }),
]);
export type RegisterAbsenceInput = z.input<typeof registerAbsenceInput>;

/**
 * The afbud for a hearing or a period, and the substitute who holds the seat
 * meanwhile (none when the member has none). Afbud for a meeting is the
 * meetings' own use case.
 */
export type RegisteredAbsence = Omit<Absence, 'scope'> & {
  readonly scope: Extract<Absence['scope'], { kind: 'hearing' | 'period' }>;
  readonly substituteName?: string;
};

/**
 * Afbud: a member will not take part in a hearing, or for some days. Their
 * personal substitute then holds the seat and is the one reminded.
 */
export async function registerAbsence(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'hearings' | 'notifier'>,
  raw: RegisterAbsenceInput,
): Promise<Result<RegisteredAbsence>> {
  const input = validate(registerAbsenceInput, raw);
  if (!input.ok) return input;
  const { councilId, memberId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const member = await loadMember(deps.rosters, councilId, memberId);
  if (!member.ok) return member;
  if (!holdsSeat(member.value)) return fail('no_voting_right');
  const now = deps.clock.now();

  let scope: RegisteredAbsence['scope'];
  if ('hearingId' in input.value) {
    const hearing = await loadHearing(deps.hearings, councilId, input.value.hearingId);
    if (!hearing.ok) return hearing;
    scope = { kind: 'hearing', hearingId: hearing.value.id };
  } else {
    const { from, to } = input.value;
    if (!isValidPeriod(from, to)) return fail('absence_period_invalid', 'to');
    if (to < localDateOf(now, council.value.timeZone)) return fail('absence_period_invalid', 'to');
    scope = { kind: 'period', from, to };
  }
  const absence = { memberId, scope, registeredAt: now.toISOString() } satisfies Absence;
  await deps.absences.addAbsence(councilId, absence);
  // Said back to the member: who now holds their seat, or that nobody does.
  const substitute = substituteOf(await deps.rosters.roster(councilId), memberId);
  return succeed({ ...absence, ...(substitute ? { substituteName: substitute.name } : {}) });
}
