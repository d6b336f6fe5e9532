/**
 * Afbud: a member says they cannot take part, either in one hearing or for a
 * period of days (council-local calendar dates, both ends included). While a
 * member is absent their personal substitute (suppleant) holds the seat.
 */
export type AbsenceScope =
  | { readonly kind: 'hearing'; readonly hearingId: string }
  | { readonly kind: 'period'; readonly from: string; readonly to: string };

export interface Absence {
  readonly memberId: string;
  readonly scope: AbsenceScope;
  readonly registeredAt: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const isValidPeriod = (from: string, to: string): boolean =>
  isoDate.test(from) && isoDate.test(to) && from <= to;

/**
 * Is the member away for this hearing on this council-local date? ISO dates
 * compare correctly as strings, which keeps this free of time zones.
 */
export function isAbsent(
  absences: readonly Absence[],
  memberId: string,
  hearingId: string,
  localDate: string,
): boolean {
  return absences.some(
    (absence) =>
      absence.memberId === memberId &&
      (absence.scope.kind === 'hearing'
        ? absence.scope.hearingId === hearingId
        : absence.scope.from <= localDate && localDate <= absence.scope.to),
  );
}
