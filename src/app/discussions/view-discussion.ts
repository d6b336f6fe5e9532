import type { Discussion } from '../../domain/discussions/discussion.ts';
import { writersOf } from '../../domain/discussions/writers.ts';
import type { AppDeps } from '../deps.ts';
import { localTimeOf } from '../../domain/discussions/discussion-time.ts';
import { rollOf } from './discussion-roll.ts';
import type { DiscussionParticipant, DiscussionView } from './discussion-types.ts';

/** Everything the surfaces show of a discussion, read at once. */
export async function viewOf(
  deps: Pick<AppDeps, 'rosters' | 'absences' | 'discussions' | 'clock'>,
  discussion: Discussion,
  /** The council's, which every caller has already read. */
  timeZone: string,
): Promise<DiscussionView> {
  const { councilId, id } = discussion;
  const [roll, signUps, proposal, summaries, opsamling] = await Promise.all([
    rollOf(deps, discussion),
    deps.discussions.signUps(councilId, id),
    deps.discussions.proposal(councilId, id),
    deps.discussions.summaries(councilId, id),
    deps.discussions.opsamling(councilId, id),
  ]);
  const participants: DiscussionParticipant[] = roll.participants.map((person) => {
    const signUp = signUps.find((candidate) => candidate.memberId === person.memberId);
    return { ...person, ...(signUp === undefined ? {} : { signUp }) };
  });
  const present = new Set(participants.map((person) => person.memberId));
  return {
    discussion,
    ...(discussion.status === 'sign_up' &&
    localTimeOf(deps.clock.now(), timeZone) < discussion.signUpDeadline
      ? { signUpStillOpen: true }
      : {}),
    participants,
    ...(proposal === undefined ? {} : { proposal }),
    summaries,
    writers: proposal === undefined ? {} : writersOf(proposal.groups, present),
    ...(opsamling === undefined ? {} : { opsamling }),
  };
}
