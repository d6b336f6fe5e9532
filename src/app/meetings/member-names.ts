import type { AppDeps } from '../deps.ts';

/**
 * A member's name as the council's roster has it, for what people read ("ændret af
 * Sara Sekretær"); the id when the member has left the roster since.
 */
export async function memberNames(
  deps: Pick<AppDeps, 'rosters'>,
  councilId: string,
): Promise<(memberId: string) => string> {
  const members = await deps.rosters.roster(councilId);
  const names = new Map(members.map((member) => [member.id, member.name]));
  return (memberId) => names.get(memberId) ?? memberId;
}
