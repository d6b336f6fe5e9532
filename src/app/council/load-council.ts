import type { Council } from '../../domain/council/council.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { Member } from '../../domain/council/roster.ts';
import type { CouncilStore, RosterStore } from './ports.ts';

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
