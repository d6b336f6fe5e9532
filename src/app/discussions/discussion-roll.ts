import {
  discussionOccasion,
  discussionRoll,
  type DiscussionRoll,
} from '../../domain/discussions/participants.ts';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';

/** Who takes part now: from the roster and the afbud registered (see participants.ts). */
export async function rollOf(
  deps: Pick<AppDeps, 'rosters' | 'absences'>,
  discussion: Discussion,
): Promise<DiscussionRoll> {
  const [members, absences] = await Promise.all([
    deps.rosters.roster(discussion.councilId),
    deps.absences.absences(discussion.councilId),
  ]);
  return discussionRoll(members, absences, discussionOccasion(discussion));
}

/** The member takes part; else why not (afbud, or not one of those invited). */
export function checkParticipant(roll: DiscussionRoll, memberId: string): Result<true> {
  if (roll.participants.some((person) => person.memberId === memberId)) return succeed(true);
  if (roll.afbudIds.includes(memberId)) return fail('discussion_participant_has_afbud');
  return fail('not_a_discussion_participant');
}
