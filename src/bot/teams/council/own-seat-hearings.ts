import type { Hearing } from '../../../domain/hearings/index.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';

/** Open hearings in which the speaker answers for their own seat (afbud applies to those). */
export async function ownSeatHearings(kit: TeamsKit, speaker: KnownSpeaker): Promise<Hearing[]> {
  const mine = await kit.deps.useCases.listMyHearings({
    councilId: speaker.council.id,
    memberId: speaker.member.id,
  });
  return mine.ok
    ? mine.value.filter((entry) => entry.seatId === speaker.member.id).map((entry) => entry.hearing)
    : [];
}
