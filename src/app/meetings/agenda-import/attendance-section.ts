import {
  groupAttendees,
  type AttendanceGroup,
  type Attendee,
} from '../../../domain/meetings/attendance.ts';
import type { SourceLine } from './source-lines.ts';
import type { UnplacedLine } from './imported-minutes.ts';

/**
 * "På mødet deltog:" and what follows, grouped as printed: "•DA - Frede
 * Hansen", "Fra FH: Anna Ager, Bo Bøg", a heading ("Tilforordnede:", "Fra
 * sekretariatet:") with a person a line, and "… deltog endvidere som
 * oplægsholder: Navn". Markers such as "(bagland)" or "– fra kl. 13 til 15"
 * are kept as the person's note.
 */
export const attendanceStart =
  /^\s*(?:[-•*]\s*)?(?:På mødet deltog|Til stede|Deltagere|Fremmødte)\s*:?\s*$/iu;

const bullet = /^\s*[-•*–]\s*/;
const groupHeading = /^(?:Fra\s+)?([^:]{2,60}?)\s*:\s*$/iu;
/** "Fra FH: Anna Ager, Bo Bøg", and the groups that need no "Fra": "Tilforordnede: Dora Skole (UCN)". */
const groupWithNames =
  /^(?:Fra\s+([^:]{1,40}?)|(Tilforordnede|Oplægsholdere|Sekretariatet|Gæster|Observatører|Bagland))\s*:\s*(.+)$/iu;
const presenterLine =
  /^(.*?)\s*deltog\s+(?:endvidere\s+|også\s+)?som\s+oplægsholder(?:e)?\s*:?\s*(.+)$/iu;
/** "DA - Frede A. Hansen": a short organisation name, a dash, a person. */
const organisationAndPerson = /^([\p{Lu}][\p{L}.&/-]*(?:\s[\p{L}.&/-]+){0,2})\s+[-–]\s+(.+)$/u;

const names = (text: string) =>
  text
    .replace(/\.\s*$/, '')
    .split(/\s*,\s*|\s+og\s+/u)
    .map((name) => name.trim())
    .filter((name) => name !== '');

/** A role printed before the name ("Tilforordnet Kim Opdigtet"); it is kept as the first note. */
const rolePrefix =
  /^(Suppleant\s+for\s+(?:tilforordnet|medlem)|Tilforordnet|Observatør|Oplægsholder)\s+(?=\p{Lu})/iu;

/** "Ole Eksempel (tidligere LO)", "Bente Prøvesen – fra kl. 13 til 15", "Kim Opdigtet, AMU Nordjylland". */
export function readPerson(text: string, extraNote?: string): Attendee | undefined {
  const role = rolePrefix.exec(text)?.[1];
  const notes: string[] = role === undefined ? [] : [role.replace(/\s+/g, ' ')];
  let rest = (role === undefined ? text : text.slice(rolePrefix.exec(text)![0].length)).replace(
    /\(([^()]*)\)/g,
    (_all, note: string) => {
      notes.push(note.trim());
      return ' ';
    },
  );
  const parts = rest.split(/\s+[-–]\s+|\s*,\s*/u);
  rest = parts[0]!.replace(/\s+/g, ' ').trim();
  notes.push(...parts.slice(1).map((part) => part.trim()));
  if (extraNote) notes.push(extraNote);
  const note = notes.filter((entry) => entry !== '').join('; ');
  if (rest === '' || !/\p{L}/u.test(rest)) return undefined;
  return { name: rest, ...(note === '' ? {} : { note }) };
}

export function readAttendance(lines: readonly SourceLine[]): {
  attendance: AttendanceGroup[];
  unplaced: UnplacedLine[];
} {
  const attendees: { organisation: string; attendee: Attendee }[] = [];
  const unplaced: UnplacedLine[] = [];
  let group: string | undefined;
  const add = (organisation: string, person: Attendee | undefined, line: SourceLine) => {
    if (person === undefined) unplaced.push({ line: line.line, text: line.text.trim() });
    else attendees.push({ organisation, attendee: person });
  };
  for (const line of lines) {
    const text = line.text.replace(bullet, '').trim();
    if (text === '') continue;
    const presenters = presenterLine.exec(text);
    if (presenters) {
      const occasion = presenters[1]!.trim();
      for (const name of names(presenters[2]!))
        add('Oplægsholdere', readPerson(name, occasion === '' ? undefined : occasion), line);
      continue;
    }
    const withNames = groupWithNames.exec(text);
    if (withNames) {
      const group = (withNames[1] ?? withNames[2]!).trim();
      for (const name of names(withNames[3]!)) add(group, readPerson(name), line);
      continue;
    }
    const heading = groupHeading.exec(text);
    if (heading) {
      group = heading[1]!.trim();
      continue;
    }
    const printed = organisationAndPerson.exec(text);
    if (printed && (group === undefined || bullet.test(line.text))) {
      if (group === undefined || printed[1]!.length <= 20) {
        add(printed[1]!, readPerson(printed[2]!), line);
        continue;
      }
    }
    if (group === undefined) unplaced.push({ line: line.line, text: line.text.trim() });
    else add(group, readPerson(text), line);
  }
  return { attendance: groupAttendees(attendees), unplaced };
}
