import type { Locale } from '../../../domain/council/council.ts';
import { choices, type Choice, type VoteLabels } from '../../../domain/hearings/hearing.ts';
import { t } from '../../../i18n/hearings/index.ts';

const locales: readonly Locale[] = ['da', 'en'];

/** Answers as the council says them, in Danish or English: imod, against, undlader … */
const spoken: ReadonlyMap<string, Choice> = new Map([
  ...choices.flatMap((choice) =>
    locales.map((locale) => [t(locale, `cli.word.${choice}`), choice] as const),
  ),
  // The chat surfaces call a comment a høringssvar.
  ['høringssvar', 'comment'],
  ['hoeringssvar', 'comment'],
]);

/**
 * The answer a typed word means, in either language or as the hearing's own
 * label for it (e.g. "Ja" for For); undefined when it means none.
 */
export function parseChoice(word: string, labels: VoteLabels = {}): Choice | undefined {
  const typed = word.trim().toLowerCase();
  const labelled = (Object.keys(labels) as (keyof VoteLabels)[]).find(
    (choice) => labels[choice]?.trim().toLowerCase() === typed,
  );
  return labelled ?? spoken.get(typed);
}

/** "for, imod eller undlader": the words for these answers, in the council's language. */
export function choiceWords(locale: Locale, among: readonly Choice[]): string {
  const words = among.map((choice) => t(locale, `cli.word.${choice}`));
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${t(locale, 'cli.or')} ${words.at(-1)}`;
}
