import type { Choice } from '../../domain/hearing.ts';

/** Answers as the council says them, in Danish or English. */
const spoken: Record<string, Choice> = {
  for: 'for',
  imod: 'against',
  against: 'against',
  undlader: 'abstain',
  abstain: 'abstain',
  indsigelse: 'objection',
  objection: 'objection',
  høringssvar: 'comment',
  hoeringssvar: 'comment',
  comment: 'comment',
};

/** Unknown words pass through, so the use case names the field and the options. */
export const parseChoice = (word: string): Choice =>
  spoken[word.trim().toLowerCase()] ?? (word as Choice);
