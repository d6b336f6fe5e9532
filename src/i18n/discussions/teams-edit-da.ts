import type { Params } from '../messages.ts';

/** Danish for "Ret opsætning" in Teams: what the card says beside the shared edit texts. */
export const teamsEditDa = {
  'teams.discussion.edit.intro': (p: Params) =>
    `Ret det, der skal ændres, og tryk «Gem ændringer». Tider er rådets tid (${p['zone']}).`,
  'teams.discussion.edit.fixed': (p: Params) => `${p['label']}: ${p['value']}`,
  'teams.discussion.edit.groups': (p: Params) =>
    Number(p['count']) === 1 ? '1 gruppe' : `${p['count']} grupper`,
  'teams.discussion.edit.group_size': (p: Params) => `${p['size']} deltagere pr. gruppe`,
  'teams.discussion.edit.topics_fixed':
    'Emnerne er for mange eller for lange til at rette på kortet, så de står her som tekst og bliver, som de er.',
  'teams.discussion.edit.changed_meanwhile':
    'Nogen har ændret gruppedrøftelsen, mens du havde kortet åbent. Kortet viser nu den nyeste udgave; intet blev overskrevet, men dine egne ændringer skal laves igen.',
};
