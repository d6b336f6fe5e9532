import type { FormationReason } from './formation-types.ts';
import type { TopicPlanning } from './group-count.ts';
import type { RoleCounts } from './assign-roles.ts';
import type { ScoreDetails } from './score-formation.ts';

export interface Explained {
  readonly score: ScoreDetails;
  readonly planning: TopicPlanning;
  readonly roles: RoleCounts;
  readonly manualKept: number;
  readonly manualForAbsent: number;
  readonly hadPreviousGroups: boolean;
}

/**
 * Why the proposal looks as it does, as facts with numbers, in the goals'
 * order; src/i18n words them ("alle fik deres førsteprioritet").
 */
export function explainFormation(facts: Explained): FormationReason[] {
  const { score, planning, roles } = facts;
  const reasons: FormationReason[] = [];
  const add = (code: string, params: Record<string, string | number> = {}): void => {
    reasons.push({ code, params });
  };

  if (score.preferencesGiven > 0 && score.preferencesHonoured === score.preferencesGiven)
    add('all_first_choice', { count: score.preferencesGiven });
  else if (score.preferencesGiven > 0)
    add('first_choice_count', {
      honoured: score.preferencesHonoured,
      given: score.preferencesGiven,
    });
  const withoutPreference = planning.free.size;
  if (withoutPreference > 0) add('unplaced_balanced', { count: withoutPreference });
  for (const topic of planning.withoutSignUps) add('topic_without_sign_ups', { topic });
  for (const topic of planning.tooFew) add('topic_too_few', { topic });
  if (planning.raisedFrom !== undefined)
    add('groups_raised', {
      requested: planning.raisedFrom,
      groups: planning.plans.reduce((sum, plan) => sum + plan.groups, 0),
    });

  add('organisations_per_group', score.organisationsPerGroup);
  if (score.singleOrganisationGroupsInAll > 0)
    add('single_organisation_groups', {
      count: score.singleOrganisationGroupsInAll,
      unavoidable: score.unavoidableSingleOrganisationGroups,
    });

  if (facts.hadPreviousGroups) add('repeated_pairs', { count: score.repeatedPairs });

  add('volunteers_used', roles.volunteers);
  if (roles.appointed > 0) add('roles_appointed', { count: roles.appointed });
  if (facts.manualKept > 0) add('manual_kept', { count: facts.manualKept });
  if (facts.manualForAbsent > 0) add('manual_for_absent', { count: facts.manualForAbsent });
  return reasons;
}
