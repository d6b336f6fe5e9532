import type { types } from '@slack/bolt';
import { clip, escapeMrkdwn, slackLimits } from './slack-limits.ts';

/**
 * Small constructors for the Block Kit pieces Rådsbot uses. Each clips its
 * text to Slack's limit, so no builder can produce a block Slack refuses.
 */
export type Block = types.KnownBlock;
export type Button = types.Button;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type Option = types.PlainTextOption;

/** A message as chat.postMessage / chat.update / respond() take it. */
export interface SlackMessage {
  /** Fallback for notifications and screen readers. */
  readonly text: string;
  readonly blocks: Block[];
}

export const plain = (
  text: string,
  max: number = slackLimits.sectionText,
): types.PlainTextElement => ({
  type: 'plain_text',
  text: clip(text, max),
  emoji: true,
});

/** mrkdwn text from our own words; any part a user wrote must go through {@link escapeMrkdwn}. */
export const mrkdwn = (text: string): types.MrkdwnElement => ({
  type: 'mrkdwn',
  text: clip(text, slackLimits.sectionText),
});

export const header = (text: string): types.HeaderBlock => ({
  type: 'header',
  text: plain(text, slackLimits.headerText),
});

export const section = (text: string, blockId?: string): types.SectionBlock => ({
  type: 'section',
  ...(blockId === undefined ? {} : { block_id: blockId }),
  text: mrkdwn(text),
});

/** A section of user-written text (a proposal, a reason): escaped, never a mention or link. */
export const userSection = (text: string): types.SectionBlock => section(escapeMrkdwn(text));

export const context = (...texts: readonly string[]): types.ContextBlock => ({
  type: 'context',
  elements: texts.slice(0, slackLimits.contextElements).map(mrkdwn),
});

export const divider = (): types.DividerBlock => ({ type: 'divider' });

export const button = (
  text: string,
  actionId: string,
  value: string,
  style?: 'primary' | 'danger',
): types.Button => ({
  type: 'button',
  text: plain(text, slackLimits.buttonText),
  action_id: clip(actionId, slackLimits.actionId),
  value: clip(value, slackLimits.buttonValue),
  ...(style === undefined ? {} : { style }),
});

export const option = (text: string, value: string): Option => ({
  text: plain(text, slackLimits.optionText),
  value,
});

export const input = (
  blockId: string,
  label: string,
  element: types.InputBlockElement,
  extra: { optional?: boolean; hint?: string } = {},
): types.InputBlock => ({
  type: 'input',
  block_id: blockId,
  label: plain(label, slackLimits.inputLabel),
  element,
  ...(extra.optional ? { optional: true } : {}),
  ...(extra.hint === undefined ? {} : { hint: plain(extra.hint, slackLimits.inputHint) }),
});

/** A modal with Slack's 24-character title and button limits applied. */
export const modal = (parts: {
  callbackId: string;
  title: string;
  submit?: string;
  close: string;
  blocks: Block[];
  privateMetadata?: string;
}): ModalView => ({
  type: 'modal',
  callback_id: parts.callbackId,
  title: plain(parts.title, slackLimits.modalTitle),
  ...(parts.submit === undefined ? {} : { submit: plain(parts.submit, slackLimits.modalButton) }),
  close: plain(parts.close, slackLimits.modalButton),
  blocks: parts.blocks.slice(0, slackLimits.viewBlocks),
  ...(parts.privateMetadata === undefined ? {} : { private_metadata: parts.privateMetadata }),
});
