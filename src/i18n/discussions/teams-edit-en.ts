import type { Params } from '../messages.ts';

/** English for "Edit set-up" in Teams. */
export const teamsEditEn = {
  'teams.discussion.edit.intro': (p: Params) =>
    `Change what needs changing and press “Save changes”. Times are the council's time (${p['zone']}).`,
  'teams.discussion.edit.fixed': (p: Params) => `${p['label']}: ${p['value']}`,
  'teams.discussion.edit.groups': (p: Params) =>
    Number(p['count']) === 1 ? '1 group' : `${p['count']} groups`,
  'teams.discussion.edit.group_size': (p: Params) => `${p['size']} participants per group`,
  'teams.discussion.edit.topics_fixed':
    'The topics are too many or too long to change on the card, so they are shown here as text and stay as they are.',
  'teams.discussion.edit.changed_meanwhile':
    'Someone changed the group discussion while you had the card open. The card now shows the latest version; nothing was overwritten, but your own changes need to be made again.',
};
