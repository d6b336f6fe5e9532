import type { Params } from '../messages.ts';

/** A number and its noun in Danish: «1 gruppe», «3 grupper». */
const count = (value: Params[string] | undefined, one: string, many: string): string =>
  `${value ?? 0} ${Number(value) === 1 ? one : many}`;

/**
 * Danish for forming the groups: the proposal's reasons (facts from
 * formGroups, in the goals' order) and the errors of forming.
 */
export const formationDa = {
  // the reasons the secretary sees with the proposal
  'formation.reason.all_first_choice': 'alle fik deres førsteprioritet',
  'formation.reason.first_choice_count': (p: Params) =>
    `${p['honoured']} af ${p['given']} fik deres førsteprioritet`,
  'formation.reason.unplaced_balanced': (p: Params) =>
    `${count(p['count'], 'deltager', 'deltagere')} uden ønske om emne er placeret, så grupperne bliver lige store`,
  'formation.reason.topic_without_sign_ups': (p: Params) =>
    `ingen valgte emne ${p['topic']}, så det har ingen gruppe`,
  'formation.reason.topic_too_few': (p: Params) =>
    `kun én valgte emne ${p['topic']}, og en gruppe skal have både ordstyrer og referent, så vedkommende er placeret i et andet emne`,
  'formation.reason.groups_raised': (p: Params) =>
    `der var bedt om ${count(p['requested'], 'gruppe', 'grupper')}, men hvert valgt emne skal have sin egen, så der er ${p['groups']}`,
  'formation.reason.organisations_per_group': (p: Params) =>
    p['min'] === p['max']
      ? `hver gruppe har ${count(p['min'], 'organisation', 'organisationer')}`
      : `hver gruppe har ${p['min']}–${p['max']} organisationer`,
  'formation.reason.single_organisation_groups': (p: Params) =>
    p['count'] === p['unavoidable']
      ? `${count(p['count'], 'gruppe består', 'grupper består')} af én organisation, fordi næsten alle, der valgte emnet, er fra samme organisation`
      : `${count(p['count'], 'gruppe består', 'grupper består')} af én organisation (${p['unavoidable']} kunne ikke undgås)`,
  'formation.reason.repeated_pairs': (p: Params) =>
    Number(p['count']) === 0
      ? 'ingen sidder sammen med nogen, de sad med ved sidste gruppedrøftelse'
      : `${count(p['count'], 'par sidder', 'par sidder')} sammen igen fra sidste gruppedrøftelse`,
  'formation.reason.volunteers_used': (p: Params) =>
    `frivillige fik rollen: ${p['ordstyrer']} som ordstyrer, ${p['referent']} som referent`,
  'formation.reason.roles_appointed': (p: Params) =>
    `${count(p['count'], 'rolle', 'roller')} er givet til nogen, der ikke meldte sig, fordi ingen i gruppen gjorde`,
  'formation.reason.manual_kept': (p: Params) =>
    `${count(p['count'], 'ændring', 'ændringer')} fra sekretariatet er bevaret`,
  'formation.reason.manual_for_absent': (p: Params) =>
    `${count(p['count'], 'ændring', 'ændringer')} fra sekretariatet gjaldt nogen, der ikke længere deltager, og er sprunget over`,

  // errors of forming the groups
  'error.discussion_more_groups_than_people': (p: Params) =>
    `Der er bedt om ${count(p['groups'], 'gruppe', 'grupper')}, men der er kun ${count(p['people'], 'deltager', 'deltagere')}. Vælg færre grupper eller en gruppestørrelse.`,
  'error.discussion_too_few_for_roles': (p: Params) =>
    p['topic'] !== undefined
      ? `Kun én er placeret i emne ${p['topic']}, men en gruppe skal have både en ordstyrer og en referent. Flyt en mere til emnet, eller flyt vedkommende til et andet.`
      : p['groups'] !== undefined
        ? `${count(p['people'], 'deltager', 'deltagere')} rækker ikke til ${p['groups']} grupper med mindst to i hver (ordstyrer og referent). Vælg færre grupper.`
        : 'En gruppe skal have mindst to deltagere, en ordstyrer og en referent, og så mange har ikke tilmeldt sig endnu.',
  'error.discussion_group_unknown': (p: Params) =>
    `Gruppe ${p['group']} findes ikke i forslaget (længere). Flyt til en af forslagets grupper, og dan grupperne igen.`,
  'error.discussion_same_person_both_roles': (p: Params) =>
    `Samme person kan ikke være både ordstyrer og referent i gruppe ${p['group']}. Giv den ene rolle til en anden i gruppen.`,
  'error.discussion_member_not_in_group': (p: Params) =>
    `Den, der skal have rollen i gruppe ${p['group']}, er ikke med i gruppen. Flyt vedkommende til gruppen først.`,
  'error.discussion_group_too_full': (p: Params) =>
    `Der er flyttet ${p['members']} til gruppe ${p['group']}, men grupperne i emnet skal være lige store og må højst have ${p['max']}. Flyt nogen til en anden gruppe.`,
};
