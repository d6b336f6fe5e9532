import type { Council } from '../../domain/council/council.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import type { Member } from '../../domain/council/roster.ts';
import type { CouncilStore, HearingStore, RosterStore } from '../ports.ts';

export async function loadCouncil(
  councils: CouncilStore,
  councilId: string,
): Promise<Result<Council>> {
  const council = await councils.council(councilId);
  return council === undefined ? fail('council_not_found', 'councilId') : succeed(council);
}

export async function loadMember(
  rosters: RosterStore,
  councilId: string,
  memberId: string,
): Promise<Result<Member>> {
  const member = (await rosters.roster(councilId)).find((candidate) => candidate.id === memberId);
  return member === undefined ? fail('not_on_roster') : succeed(member);
}

export async function loadHearing(
  hearings: HearingStore,
  councilId: string,
  hearingId: string,
): Promise<Result<Hearing>> {
  const hearing = await hearings.hearing(councilId, hearingId);
  return hearing === undefined ? fail('hearing_not_found', 'hearingId') : succeed(hearing);
}
