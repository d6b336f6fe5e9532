import type { Params } from '../messages.ts';

/** Danish for «Ret opsætning» in Slack: what the form shows of the locked fields. Spread into da.ts. */
export const slackEditDa = {
  'slack.discussion.edit.locked_topics': (p: Params) => `*Emner:* ${String(p['topics'])}`,
  'slack.discussion.edit.locked_groups': (p: Params) =>
    Number(p['groups']) === 1 ? '*Grupper:* 1 gruppe' : `*Grupper:* ${String(p['groups'])} grupper`,
  'slack.discussion.edit.locked_deadline': (p: Params) =>
    `*Tilmeldingsfrist:* ${String(p['when'])}`,
  'slack.discussion.edit.locked_rooms': (p: Params) =>
    Number(p['count']) === 1 ? '*Links:* 1 link' : `*Links:* ${String(p['count'])} links`,
  'slack.discussion.edit.too_long_note':
    'Nogle spørgsmål eller links er for lange til felterne her, så de vises kun og bevares, som de er. Ret dem fra kommandolinjen (`discussion edit`).',
  'slack.discussion.edit.done_title': 'Opsætning rettet',
  'slack.discussion.edit.window_end_days': (p: Params) =>
    `Slutter ${Number(p['days']) === 1 ? 'dagen' : `${String(p['days'])} dage`} efter datoen ovenfor, nu ${String(p['when'])}.`,
};
