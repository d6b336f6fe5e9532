/** The council's failures: who is on the roster and holds a seat, afbud, workspace binding. */
export const councilErrorCodes = [
  // who may do what
  'not_on_roster',
  'no_voting_right',
  'seat_held_by_substitute',
  'substitute_not_active',
  'recused',
  'not_allowed_to_bind',
  'bound_to_other_council',
  // roster and absence (afbud)
  'member_not_found',
  'council_not_found',
  'absence_period_invalid',
  'roster_invalid',
] as const;

declare module '../errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Record<(typeof councilErrorCodes)[number], true> {}
}
