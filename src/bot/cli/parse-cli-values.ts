import type { Choice } from '../../domain/hearing.ts';

/** "2026-11-28 12:00" or "2026-11-28T12:00" → date and time, council-local. */
export function splitDeadline(text: string | undefined): { date: string; time: string } {
  const [date = '', time = ''] = (text ?? '').trim().split(/[\sT]+/);
  return { date, time };
}

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
