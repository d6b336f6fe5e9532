import type { GroupRole } from '../discussion.ts';
import { fail, succeed, type Result } from '../../errors.ts';
import { assignRoles } from './assign-roles.ts';
import { explainFormation } from './explain-formation.ts';
import type { Formation, FormationInput } from './formation-types.ts';
import { planTopics } from './group-count.ts';
import { improveBySwaps } from './improve-by-swaps.ts';
import { manualPins } from './manual-pins.ts';
import { placeParticipants } from './place-participants.ts';
import { scoreFormation } from './score-formation.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * Forms the groups of a discussion: pure and seeded (the same input and seed
 * give the same groups). The hard rules always hold or it fails with a code:
 * everyone in exactly one group, sizes within a topic differ by at most one,
 * each group has an ordstyrer and a referent who are not the same person, and
 * every manual move and role is kept. Within those it honours preferences,
 * then mixes organisations, then avoids last time's company (see
 * score-formation.ts), and says why in `reasons`.
 */
export function formGroups(input: FormationInput): Result<Formation> {
  const { topics, participants, sizing, manual, previousGroups } = input;
  if (topics.length === 0) return fail('discussion_without_topics', 'topics');
  if (new Set(topics).size !== topics.length) return fail('invalid_input', 'topics');
  if (new Set(participants.map((participant) => participant.id)).size !== participants.length)
    return fail('invalid_input', 'participants');
  const random = seededRandom(input.seed);

  const pins = manualPins(manual, participants, topics);
  if (!pins.ok) return pins;
  const planning = planTopics(topics, participants, sizing, pins.value, random);
  if (!planning.ok) return planning;
  const organisationOf = new Map(
    participants.map((participant) => [participant.id, participant.organisation]),
  );
  const drafts = placeParticipants(planning.value.plans, organisationOf, pins.value, random);
  if (!drafts.ok) return drafts;

  const volunteerOf = new Map<string, GroupRole>();
  for (const participant of participants)
    if (participant.volunteer !== undefined) volunteerOf.set(participant.id, participant.volunteer);
  const improved = improveBySwaps(drafts.value, {
    participants,
    previousGroups,
    movable: (member) => !pins.value.pinned.has(member),
    free: planning.value.free,
    volunteerOf,
    random,
  });

  const roles = assignRoles(improved, volunteerOf, pins.value.roles, random);
  if (!roles.ok) return roles;
  const score = scoreFormation(roles.value.groups, participants, topics, previousGroups);
  const { total, preferencesHonoured, preferencesGiven, worstOrganisationShare } = score;
  return succeed({
    groups: roles.value.groups,
    score: {
      preferencesHonoured,
      preferencesGiven,
      worstOrganisationShare,
      singleOrganisationGroups: score.singleOrganisationGroups,
      repeatedPairs: score.repeatedPairs,
      total,
    },
    reasons: explainFormation({
      score,
      planning: planning.value,
      roles: roles.value.counts,
      manualKept: pins.value.kept,
      manualForAbsent: pins.value.forAbsent,
      hadPreviousGroups: previousGroups.length > 0,
    }),
  });
}
