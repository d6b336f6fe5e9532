/**
 * An agenda item's number as the minutes print it: `0.1`, `0.1.1`, `1.2.1`.
 * The parts are compared as numbers, so 2.10.1 comes after 2.9.1.
 */
export type AgendaNumber = readonly number[];

const numberPattern = /^\d{1,2}(\.\d{1,2})*$/;

/** "1.2.1" → [1, 2, 1]; undefined for anything that is not such a number. */
export function parseAgendaNumber(text: string): AgendaNumber | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  if (!numberPattern.test(trimmed)) return undefined;
  return trimmed.split('.').map(Number);
}

export const formatAgendaNumber = (number: AgendaNumber): string => number.join('.');

/** Negative when a comes first on the agenda; a parent (0.1) comes before its children (0.1.1). */
export function compareAgendaNumbers(a: AgendaNumber, b: AgendaNumber): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = a[index]! - b[index]!;
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** Whether `child` sits under `parent` (1.2.1 under 1.2 and under 1). */
export const isUnder = (child: AgendaNumber, parent: AgendaNumber): boolean =>
  child.length > parent.length && parent.every((part, index) => child[index] === part);
