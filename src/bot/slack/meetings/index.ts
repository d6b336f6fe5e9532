/**
 * What other capabilities may use of meetings in Slack: a D item's "Start
 * gruppedrøftelse" button is drawn here and answered by the discussions,
 * which read its value the same way; and the text helpers for links and
 * long lists.
 */
export { meetingActionIds } from './meeting-ids.ts';
export { parseItemValue, type ItemRef } from './item-actions.ts';
export { chunkLines, mrkdwnLink } from './slack-text.ts';
