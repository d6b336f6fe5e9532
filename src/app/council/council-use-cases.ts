import type { Council } from '../../domain/council/council.ts';
import type { ChatIdentity } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import type { ChatPlatform } from '../ports.ts';
import { answeringStoreFailures as guard } from '../store-failures.ts';
import { bindWorkspace, type BindWorkspaceInput } from './bind-workspace.ts';
import { identifyMember } from './identify-member.ts';
import { importRoster, type ImportRosterInput } from './import-roster.ts';
import { describeCouncil, listCouncils } from './list-councils.ts';
import { registerAbsence } from './register-absence.ts';

/** Settings a roster file may leave out. */
export interface CouncilDefaults {
  readonly locale: Council['locale'];
  readonly timeZone: string;
}

/** The council, its roster, afbud and where it lives in chat, bound to their ports. */
export function createCouncilUseCases(deps: AppDeps, defaults: CouncilDefaults) {
  return {
    identifyMember: guard(
      (input: { platform: ChatPlatform; workspaceId: string; identity: ChatIdentity }) =>
        identifyMember(deps, input.platform, input.workspaceId, input.identity),
    ),
    bindWorkspace: guard((input: BindWorkspaceInput) => bindWorkspace(deps, input)),
    listCouncils: guard((_: void) => listCouncils(deps)),
    describeCouncil: guard((input: { councilId: string }) => describeCouncil(deps, input)),
    importRoster: guard((input: ImportRosterInput) => importRoster(deps, input, defaults)),
    registerAbsence: guard((input: Parameters<typeof registerAbsence>[1]) =>
      registerAbsence(deps, input),
    ),
  };
}

export type CouncilUseCases = ReturnType<typeof createCouncilUseCases>;

declare module '../use-cases.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's use cases to UseCases
  interface UseCases extends CouncilUseCases {}
}
