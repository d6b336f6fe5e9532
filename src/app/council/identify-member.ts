import type { Council } from '../../domain/council/council.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { ChatIdentity, Member } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import type { ChatDirectory, ChatPlatform } from '../ports.ts';

export interface ChatActor {
  readonly council: Council;
  readonly member: Member;
}

/**
 * Who is speaking: the council bound to the workspace the request came from,
 * and the roster member behind the chat identity. Someone not on that
 * council's roster gets `not_on_roster` — never another council's data.
 */
export async function identifyMember(
  deps: Pick<AppDeps, 'councils' | 'rosters'> & { directory: ChatDirectory },
  platform: ChatPlatform,
  workspaceId: string,
  identity: ChatIdentity,
): Promise<Result<ChatActor>> {
  const councilId = await deps.directory.councilForWorkspace(platform, workspaceId);
  if (councilId === undefined) return fail('council_not_found');
  const council = await deps.councils.council(councilId);
  if (council === undefined) return fail('council_not_found');
  const member = await deps.rosters.memberByIdentity(councilId, identity);
  if (member === undefined) return fail('not_on_roster');
  return succeed({ council, member });
}
