import type { AppDeps } from './deps.ts';
import type { CouncilDefaults } from './council/council-use-cases.ts';

/**
 * Every use case, as the surfaces and workers call them. Each capability adds
 * its own by augmenting this interface from its folder (see
 * src/app/hearings/hearing-use-cases.ts), so no shared file changes with it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each capability
export interface UseCases {}

/** How a capability binds its use cases to the ports. */
export type UseCaseFactory = (deps: AppDeps, defaults: CouncilDefaults) => object;

/** The use cases of every capability in the list, together. */
export function createUseCases(
  factories: readonly UseCaseFactory[],
  deps: AppDeps,
  defaults: CouncilDefaults,
): UseCases {
  return Object.assign({}, ...factories.map((create) => create(deps, defaults))) as UseCases;
}
