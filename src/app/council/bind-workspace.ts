import type { Council } from '../../domain/council/council.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { mayManageHearings, type ChatIdentity } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import type { ChatPlatform } from '../ports.ts';

export interface BindWorkspaceInput {
  readonly platform: ChatPlatform;
  /** A Slack workspace, or a Teams team, chat or tenant (see teams-places). */
  readonly workspaceId: string;
  readonly councilId: string;
  /**
   * Who asks, from chat. Without one the caller is the operator (the CLI, the
   * Playground set-up), who may bind anything but must force a move.
   */
  readonly actor?: ChatIdentity;
  /** The holding council's secretariat has seen what a move means and said yes. */
  readonly confirmed?: boolean;
  /** Operator only: move a place bound to another council. */
  readonly force?: boolean;
}

export type BindOutcome =
  | { readonly kind: 'bound'; readonly council: Council; readonly movedFrom?: Council }
  | { readonly kind: 'already_bound'; readonly council: Council }
  /** Bound elsewhere, and the actor may move it: ask them first. */
  | { readonly kind: 'confirm_move'; readonly council: Council; readonly from: Council };

/**
 * Links a workspace (a place in chat) to a council. An unbound place is
 * bound by the secretariat or chair group of the council that takes it. A
 * place that already belongs to a council is that council's: only its own
 * secretariat or chair group can move it, after confirming; someone of the
 * new council alone never can, or one council could take another's members.
 */
export async function bindWorkspace(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'directory'>,
  input: BindWorkspaceInput,
): Promise<Result<BindOutcome>> {
  const council = await deps.councils.council(input.councilId);
  if (council === undefined) return fail('council_not_found', 'councilId');
  const holderId = await deps.directory.councilForWorkspace(input.platform, input.workspaceId);
  if (holderId === council.id) return succeed({ kind: 'already_bound', council });
  const holder = holderId === undefined ? undefined : await deps.councils.council(holderId);

  if (holder === undefined) {
    if (input.actor !== undefined && !(await manages(deps, council.id, input.actor)))
      return fail('not_allowed_to_bind', undefined, heldBy(council));
  } else if (input.actor === undefined) {
    if (input.force !== true) return fail('bound_to_other_council', 'workspaceId', heldBy(holder));
  } else {
    if (!(await manages(deps, holder.id, input.actor)))
      return fail('bound_to_other_council', undefined, heldBy(holder));
    if (input.confirmed !== true) return succeed({ kind: 'confirm_move', council, from: holder });
  }
  await deps.directory.bindWorkspace(input.platform, input.workspaceId, council.id);
  return succeed({ kind: 'bound', council, ...(holder ? { movedFrom: holder } : {}) });
}

const heldBy = (council: Council) => ({ council: council.name, councilId: council.id });

async function manages(
  deps: Pick<AppDeps, 'rosters'>,
  councilId: string,
  actor: ChatIdentity,
): Promise<boolean> {
  const member = await deps.rosters.memberByIdentity(councilId, actor);
  return member !== undefined && mayManageHearings(member);
}
