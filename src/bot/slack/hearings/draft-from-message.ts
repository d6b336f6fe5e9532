import type { HearingDraft } from './open-hearing-modal.ts';

/**
 * Slack's message markup as plain text for a form field: links become
 * "label (url)", mentions and channels their ids, entities decoded.
 */
export function plainTextOf(markup: string): string {
  return markup
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/<([@#!][^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<([@#!][^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * "Send i høring" on a message: its first line (without *bold* / heading
 * marks) becomes the title, the whole message the proposal. The secretariat
 * reviews both in the form before anything is created.
 */
export function draftFromMessage(markup: string): Pick<HearingDraft, 'title' | 'proposal'> {
  const text = plainTextOf(markup).trim();
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const title = firstLine
    .replace(/^[#>\s]+/, '')
    .replace(/^[*_~]+|[*_~]+$/g, '')
    .trim();
  return { ...(title ? { title } : {}), ...(text ? { proposal: text } : {}) };
}
