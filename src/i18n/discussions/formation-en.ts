import type { Params, Translation } from '../messages.ts';
import type { formationDa } from './formation-da.ts';

/** A number and its noun in English: "1 group", "3 groups". */
const count = (value: Params[string] | undefined, one: string, many: string): string =>
  `${value ?? 0} ${Number(value) === 1 ? one : many}`;

/** English for forming the groups: the proposal's reasons and the errors of forming. */
export const formationEn = {
  'formation.reason.all_first_choice': 'everyone got their first choice',
  'formation.reason.first_choice_count': (p: Params) =>
    `${p['honoured']} of ${p['given']} got their first choice`,
  'formation.reason.unplaced_balanced': (p: Params) =>
    `${count(p['count'], 'participant', 'participants')} without a topic choice placed so the groups are even`,
  'formation.reason.topic_without_sign_ups': (p: Params) =>
    `nobody chose topic ${p['topic']}, so it has no group`,
  'formation.reason.topic_too_few': (p: Params) =>
    `only one person chose topic ${p['topic']}, and a group needs both an ordstyrer and a referent, so they are placed in another topic`,
  'formation.reason.groups_raised': (p: Params) =>
    `${count(p['requested'], 'group was', 'groups were')} asked for, but every chosen topic needs its own, so there are ${p['groups']}`,
  'formation.reason.organisations_per_group': (p: Params) =>
    p['min'] === p['max']
      ? `every group has ${count(p['min'], 'organisation', 'organisations')}`
      : `every group has ${p['min']}–${p['max']} organisations`,
  'formation.reason.single_organisation_groups': (p: Params) =>
    p['count'] === p['unavoidable']
      ? `${count(p['count'], 'group is', 'groups are')} one organisation, because nearly everyone who chose the topic is from the same organisation`
      : `${count(p['count'], 'group is', 'groups are')} one organisation (${p['unavoidable']} could not be avoided)`,
  'formation.reason.repeated_pairs': (p: Params) =>
    Number(p['count']) === 0
      ? 'nobody sits with anyone they sat with at the last group discussion'
      : `${count(p['count'], 'pair sits', 'pairs sit')} together again from the last group discussion`,
  'formation.reason.volunteers_used': (p: Params) =>
    `volunteers got the role: ${p['ordstyrer']} as ordstyrer, ${p['referent']} as referent`,
  'formation.reason.roles_appointed': (p: Params) =>
    `${count(p['count'], 'role was', 'roles were')} given to someone who did not volunteer, as nobody in the group did`,
  'formation.reason.manual_kept': (p: Params) =>
    `${count(p['count'], 'change', 'changes')} by the secretariat kept`,
  'formation.reason.manual_for_absent': (p: Params) =>
    `${count(p['count'], 'change', 'changes')} by the secretariat concerned someone no longer taking part and were skipped`,

  'error.discussion_more_groups_than_people': (p: Params) =>
    `${count(p['groups'], 'group was', 'groups were')} asked for, but there are only ${count(p['people'], 'participant', 'participants')}. Choose fewer groups or a group size.`,
  'error.discussion_too_few_for_roles': (p: Params) =>
    p['topic'] !== undefined
      ? `Only one person is placed in topic ${p['topic']}, but a group needs both an ordstyrer and a referent. Move one more to the topic, or move them to another.`
      : p['groups'] !== undefined
        ? `${count(p['people'], 'participant is', 'participants are')} not enough for ${p['groups']} groups of at least two (ordstyrer and referent). Choose fewer groups.`
        : 'A group needs at least two participants, an ordstyrer and a referent, and not that many have signed up yet.',
  'error.discussion_group_unknown': (p: Params) =>
    `Group ${p['group']} is not (or no longer) in the proposal. Move to one of the proposal's groups and form the groups again.`,
  'error.discussion_same_person_both_roles': (p: Params) =>
    `The same person cannot be both ordstyrer and referent in group ${p['group']}. Give one of the roles to someone else in the group.`,
  'error.discussion_member_not_in_group': (p: Params) =>
    `The person to get the role in group ${p['group']} is not in the group. Move them to the group first.`,
  'error.discussion_group_too_full': (p: Params) =>
    `${p['members']} were moved to group ${p['group']}, but the topic's groups must be even and have at most ${p['max']}. Move someone to another group.`,
} satisfies Translation<typeof formationDa>;
