import type { AfbudMeetingChoice } from './absence-form.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';

/** The meetings the afbud form offers: planned or published and not begun (none if they cannot be read). */
export async function upcomingAfbudMeetings(
  kit: TeamsKit,
  speaker: KnownSpeaker,
): Promise<AfbudMeetingChoice[]> {
  const meetings = await kit.deps.useCases.upcomingMeetings({ councilId: speaker.council.id });
  return meetings.ok ? meetings.value : [];
}
