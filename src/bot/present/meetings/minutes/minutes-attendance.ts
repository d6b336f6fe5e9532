import type { AttendanceGroup, Attendee } from '../../../../domain/meetings/attendance.ts';
import type { Locale } from '../../../../domain/council/council.ts';
import { t } from '../../../../i18n/meetings/index.ts';

/**
 * "På mødet deltog:" as the minutes print it: the organisations ("Fra FH:")
 * first, then tilforordnede, bagland, the secretariat and oplægsholdere,
 * one person a line with their notes in parentheses.
 */
const laterGroups: readonly RegExp[] = [/tilforordne/iu, /bagland/iu, /sekretariat/iu, /oplæg/iu];

const placeOf = (group: AttendanceGroup): number => {
  const index = laterGroups.findIndex((pattern) => pattern.test(group.organisation));
  return index === -1 ? 0 : index + 1;
};

/** The groups in the referat's order; groups of the same kind keep the order they came in. */
export const attendanceInMinutesOrder = (groups: readonly AttendanceGroup[]): AttendanceGroup[] =>
  groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => placeOf(a.group) - placeOf(b.group) || a.index - b.index)
    .map(({ group }) => group);

/** "Tilforordnede:" names its group; an organisation or the secretariat is "Fra FH:". */
const namesItsGroup = /tilforordne|bagland|oplæg/iu;

const personLine = (person: Attendee): string =>
  person.note === undefined ? `- ${person.name}` : `- ${person.name} (${person.note})`;

export function attendanceLines(locale: Locale, groups: readonly AttendanceGroup[]): string[] {
  if (groups.length === 0) return [];
  const lines = [t(locale, 'meeting.minutes.attended'), ''];
  for (const group of attendanceInMinutesOrder(groups)) {
    lines.push(
      namesItsGroup.test(group.organisation)
        ? t(locale, 'meeting.minutes.group', { group: group.organisation })
        : t(locale, 'meeting.minutes.from_organisation', { organisation: group.organisation }),
      ...group.people.map(personLine),
      '',
    );
  }
  return lines;
}
