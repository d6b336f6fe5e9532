/**
 * Who took part, grouped as the minutes print it: "Fra FH: …", then
 * tilforordnede, bagland, the secretariat and oplægsholdere.
 */
export interface Attendee {
  readonly name: string;
  /** A marker the minutes add: "bagland", "tidligere LO", "fra kl. 13 til 15", "under punkt 2.1.1". */
  readonly note?: string;
}

export interface AttendanceGroup {
  /** The organisation or group as printed: "FH", "Tilforordnede", "sekretariatet". */
  readonly organisation: string;
  readonly people: readonly Attendee[];
}

/** Adds one person to their group, keeping the groups in the order they first appear. */
export function addAttendee(
  groups: readonly AttendanceGroup[],
  organisation: string,
  attendee: Attendee,
): AttendanceGroup[] {
  const index = groups.findIndex((group) => group.organisation === organisation);
  if (index === -1) return [...groups, { organisation, people: [attendee] }];
  return groups.map((group, at) =>
    at === index ? { organisation, people: [...group.people, attendee] } : group,
  );
}

/**
 * Groups people by organisation in one pass, the groups in the order they
 * first appear: for long lists (an imported "På mødet deltog:" section can
 * run to thousands of lines), where adding one at a time would copy each
 * group again and again.
 */
export function groupAttendees(
  entries: Iterable<{ readonly organisation: string; readonly attendee: Attendee }>,
): AttendanceGroup[] {
  const groups = new Map<string, Attendee[]>();
  for (const { organisation, attendee } of entries) {
    const people = groups.get(organisation);
    if (people === undefined) groups.set(organisation, [attendee]);
    else people.push(attendee);
  }
  return [...groups].map(([organisation, people]) => ({ organisation, people }));
}
