/**
 * The ids every capability's Slack modals share. Each capability names its
 * own callback, action and block ids in its folder (e.g.
 * src/bot/slack/hearings/hearing-ids.ts).
 */

/** Every modal input has one element; its action id is always this. */
export const inputActionId = 'value';
