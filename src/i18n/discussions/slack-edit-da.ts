import type { Params } from '../messages.ts';

/** Danish for «Ret opsætning» in Slack: what the form shows of the locked fields. Spread into da.ts. */
export const slackEditDa = {
  'slack.discussion.edit.locked_topics': (p: Params) => `*Emner:* ${String(p['topics'])}`,
  'slack.discussion.edit.locked_groups': (p: Params) =>
    Number(p['groups']) === 1 ? '*Grupper:* 1 gruppe' : `*Grupper:* ${String(p['groups'])} grupper`,
  'slack.discussion.edit.locked_deadline': (p: Params) =>
    `*Tilmeldingsfrist:* ${String(p['when'])}`,
  'slack.discussion.edit.done_title': 'Opsætning rettet',
};
