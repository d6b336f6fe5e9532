import type { Locale } from '../../../domain/council/council.ts';
import type { FormationReason } from '../../../domain/discussions/formation/formation-types.ts';
import { hasText, t, type MessageKey } from '../../../i18n/discussions/index.ts';

/**
 * The proposal's reasons as lines for every surface («alle fik deres
 * førsteprioritet», «hver gruppe har 3–4 organisationer»), in the order
 * formGroups gives them (the goals' order). A reason this version has no
 * words for (from a newer algorithm) is left out rather than shown as a code.
 */
export function reasonLines(reasons: readonly FormationReason[], lang: Locale): string[] {
  return reasons.flatMap((reason) => {
    const key = `formation.reason.${reason.code}`;
    return hasText(key) ? [t(lang, key as MessageKey, reason.params)] : [];
  });
}
