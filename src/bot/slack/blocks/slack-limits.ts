/**
 * Slack's Block Kit limits (api.slack.com/reference/block-kit). Slack rejects
 * a whole message or view that breaks one (`invalid_blocks`), so every
 * builder clips user text to these rather than trusting the input schemas.
 */
export const slackLimits = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3_000,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  actionsElements: 25,
  modalTitle: 24,
  modalButton: 24,
  inputLabel: 2_000,
  inputHint: 2_000,
  optionText: 75,
  staticSelectOptions: 100,
  privateMetadata: 3_000,
  /** Fallback `text` of a message (notifications, screen readers). */
  messageText: 40_000,
} as const;

/** Cuts text to `max` characters, ending in "…" when it had to cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Slack's mrkdwn treats &, < and > as control characters (links, mentions);
 * user text must have them escaped or "<@U123>" in a proposal pings someone.
 */
export const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
