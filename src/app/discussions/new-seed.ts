import type { AppDeps } from '../deps.ts';

/**
 * A new seed for forming the groups, from the id source rather than the
 * clock or Math.random, so tests (with sequential ids) get the same groups
 * every run. FNV-1a folds the id into 31 bits.
 */
export function newSeed(deps: Pick<AppDeps, 'ids'>): number {
  let hash = 0x811c9dc5;
  for (const char of deps.ids.newId('s')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0x7fffffff;
}
