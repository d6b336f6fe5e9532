import type { Council } from '../../domain/council/council.ts';
import {
  hasAfbud,
  meetingInvitees,
  unansweredInvitees,
} from '../../domain/meetings/meeting-audience.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import type { AppDeps } from '../deps.ts';

/** Who the afbud-deadline reminder goes to: those invited who have neither said "coming" nor sent afbud. */
export async function afbudReminderAudience(
  deps: Pick<AppDeps, 'rosters' | 'absences' | 'meetings'>,
  council: Council,
  meeting: Meeting,
): Promise<string[]> {
  const [members, absences, coming] = await Promise.all([
    deps.rosters.roster(council.id),
    deps.absences.absences(council.id),
    deps.meetings.comingMembers(council.id, meeting.id),
  ]);
  return unansweredInvitees(members, absences, new Set(coming.keys()), meeting).map(
    (member) => member.id,
  );
}

/** Who the day-before and hour-before reminders go to: the invitees who have not sent afbud. */
export async function attendingAudience(
  deps: Pick<AppDeps, 'rosters' | 'absences'>,
  council: Council,
  meeting: Meeting,
): Promise<string[]> {
  const [members, absences] = await Promise.all([
    deps.rosters.roster(council.id),
    deps.absences.absences(council.id),
  ]);
  return meetingInvitees(members, absences, meeting)
    .filter((member) => !hasAfbud(absences, member.id, meeting))
    .map((member) => member.id);
}
