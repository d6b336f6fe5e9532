import type { RemindNowOutcome } from '../../../app/hearings/remind-now.ts';
import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { ClosePreview } from '../../../domain/hearings/close-preview.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { HearingMode } from '../../../domain/hearings/hearing.ts';
import { formatTimeOfDay, t } from '../../../i18n/hearings/index.ts';
import { seatPersonLabel } from './hearing-presentation.ts';

/**
 * What the secretariat and the chair group see and are told while a hearing
 * is open, in the same words on every surface: who has not answered, what
 * closing now would lead to, and how "Påmind nu" went.
 */

/** "Mangler svar fra: …" — who holds each unanswered seat now. Who took part is never secret. */
export function unansweredLine(locale: Locale, view: HearingView): string {
  const names = view.seats
    .filter((seat) => !seat.recused && !seat.responded)
    .map((seat) => seatPersonLabel(locale, seat));
  return names.length === 0
    ? t(locale, 'manage.all_answered')
    : t(locale, 'manage.unanswered', { names: names.join(', ') });
}

/**
 * "4 af 5 har svaret. Lukkes høringen nu, bliver resultatet: Vedtaget (For 3, Imod 1)."
 * Says only what the preview holds, and the preview holds only what the rules let be said.
 */
export function closePreviewText(locale: Locale, mode: HearingMode, preview: ClosePreview): string {
  const lines = [
    t(locale, 'manage.preview.responded', {
      responded: preview.responded,
      eligible: preview.eligible,
    }),
  ];
  if (preview.outcome === 'no_quorum') lines.push(t(locale, 'manage.preview.no_quorum'));
  else if (preview.outcome === undefined) lines.push(t(locale, 'manage.preview.hidden'));
  else
    lines.push(
      t(locale, 'manage.preview.outcome', {
        outcome: t(locale, `outcome.${preview.outcome}`),
        counts: countsOf(locale, mode, preview),
      }),
    );
  if (preview.responded < preview.eligible) lines.push(t(locale, 'manage.preview.no_more_answers'));
  return lines.join(' ');
}

function countsOf(locale: Locale, mode: HearingMode, preview: ClosePreview): string {
  const tally = preview.tally;
  if (tally === undefined) return '';
  if (mode === 'silence')
    return t(locale, 'manage.preview.count.objections', { count: tally.objections });
  if (mode !== 'vote') return '';
  const parts = [
    t(locale, 'manage.preview.count.for', { count: tally.for }),
    t(locale, 'manage.preview.count.against', { count: tally.against }),
  ];
  if (tally.abstain > 0)
    parts.push(t(locale, 'manage.preview.count.abstain', { count: tally.abstain }));
  return parts.join(', ');
}

/** The answer to "Påmind nu", and whether it went as asked. */
export function remindNowAnswer(
  locale: Locale,
  timeZone: string,
  outcome: RemindNowOutcome,
): { readonly text: string; readonly tone: 'good' | 'attention' } {
  switch (outcome.kind) {
    case 'sent': {
      const names = outcome.reminded.map(({ seat, holder }) =>
        seatPersonLabel(locale, {
          memberName: seat.name,
          organisation: seat.organisation,
          holderName: holder.name,
        }),
      );
      return {
        text: t(locale, 'manage.reminded', { count: names.length, names: names.join(', ') }),
        tone: 'good',
      };
    }
    case 'all_answered':
      return { text: t(locale, 'manage.remind_all_answered'), tone: 'good' };
    case 'too_soon':
      return {
        text: t(locale, 'manage.remind_too_soon', {
          at: formatTimeOfDay(locale, outcome.lastAt, timeZone),
          next: formatTimeOfDay(locale, outcome.nextAt, timeZone),
        }),
        tone: 'attention',
      };
  }
}
