import { adaptiveCard, heading, textBlock, type AdaptiveCard } from './adaptive-card.ts';

/** A short card that replaces a form once it is done: a heading and a few lines. */
export function noticeCard(
  title: string,
  lines: readonly string[],
  tone: 'good' | 'attention' | 'default' = 'default',
): AdaptiveCard {
  const color = tone === 'good' ? 'Good' : tone === 'attention' ? 'Attention' : 'Default';
  return adaptiveCard(
    [heading(title), ...lines.map((line, index) => textBlock(line, index === 0 ? { color } : {}))],
    { fallbackText: [title, ...lines].join(' — ') },
  );
}
