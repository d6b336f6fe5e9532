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
