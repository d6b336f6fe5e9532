import type { Params, Translation } from '../messages.ts';
import type { slackEditDa } from './slack-edit-da.ts';

/** English for «Ret opsætning» in Slack (every Danish key). */
export const slackEditEn = {
  'slack.discussion.edit.locked_topics': (p: Params) => `*Topics:* ${String(p['topics'])}`,
  'slack.discussion.edit.locked_groups': (p: Params) =>
    Number(p['groups']) === 1 ? '*Groups:* 1 group' : `*Groups:* ${String(p['groups'])} groups`,
  'slack.discussion.edit.locked_deadline': (p: Params) =>
    `*Sign-up deadline:* ${String(p['when'])}`,
  'slack.discussion.edit.locked_rooms': (p: Params) =>
    Number(p['count']) === 1 ? '*Links:* 1 link' : `*Links:* ${String(p['count'])} links`,
  'slack.discussion.edit.too_long_note':
    'Some questions or links are too long for the fields here, so they are only shown and kept as they are. Change them from the command line (`discussion edit`).',
  'slack.discussion.edit.done_title': 'Set-up changed',
  'slack.discussion.edit.window_end_days': (p: Params) =>
    `Ends ${Number(p['days']) === 1 ? 'the day' : `${String(p['days'])} days`} after the date above, now ${String(p['when'])}.`,
} satisfies Translation<typeof slackEditDa>;
