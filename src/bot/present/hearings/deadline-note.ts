import type { Locale } from '../../../domain/council/council.ts';
import type { DeadlineDay } from '../../../domain/council/working-days.ts';
import { t } from '../../../i18n/hearings/index.ts';

/** "Fristen ligger på en søndag." — a note under a confirmation, never a refusal. */
export function deadlineNote(locale: Locale, day: DeadlineDay | undefined): string | undefined {
  if (day === undefined) return undefined;
  if (day.kind === 'holiday') return t(locale, 'deadline.note.holiday', { name: day.name });
  return t(locale, `deadline.note.${day.kind}`);
}
