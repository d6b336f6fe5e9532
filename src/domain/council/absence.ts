/**
 * Afbud: a member says they cannot take part, either in one hearing, in one
 * meeting (and the hearings on its agenda), or for a period of days
 * (council-local calendar dates, both ends included). While a member is
 * absent their personal substitute (suppleant) holds the seat.
 */
export type AbsenceScope =
  | { readonly kind: 'hearing'; readonly hearingId: string }
  | { readonly kind: 'meeting'; readonly meetingId: string }
  | { readonly kind: 'period'; readonly from: string; readonly to: string };

export interface Absence {
  readonly memberId: string;
  readonly scope: AbsenceScope;
  readonly registeredAt: string;
  /** Why, when the member said so ("sygdom", "anden mødeaktivitet"). */
  readonly reason?: string;
}

/**
 * What the question "is the member away?" is asked about: a hearing (perhaps
 * on a meeting's agenda) or a meeting, on a council-local date.
 */
export interface AbsenceOccasion {
  readonly hearingId?: string;
  /** The meeting the hearing belongs to, or the meeting asked about. */
  readonly meetingId?: string;
  /** Council-local YYYY-MM-DD. */
  readonly localDate: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const isValidPeriod = (from: string, to: string): boolean =>
  isoDate.test(from) && isoDate.test(to) && from <= to;

/** Whether one afbud covers the occasion. */
export function covers(absence: Absence, occasion: AbsenceOccasion): boolean {
  const { scope } = absence;
  switch (scope.kind) {
    case 'hearing':
      return scope.hearingId === occasion.hearingId;
    case 'meeting':
      return scope.meetingId === occasion.meetingId;
    case 'period':
      // ISO dates compare correctly as strings, which keeps this free of time zones.
      return scope.from <= occasion.localDate && occasion.localDate <= scope.to;
  }
}

/**
 * Is the member away for this occasion? Afbud for a meeting covers the
 * meeting and every hearing on its agenda; afbud for a period covers every
 * day in it.
 */
export function isAbsent(
  absences: readonly Absence[],
  memberId: string,
  occasion: AbsenceOccasion,
): boolean {
  return absences.some((absence) => absence.memberId === memberId && covers(absence, occasion));
}
