import type { DecisionDraft, HearingPrefill } from '../../../app/meetings/decision-draft.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';

/**
 * The words of a decision the secretariat confirms, in the council's
 * language, alike in every surface: "Taget til efterretning." and the
 * prefill a closed hearing gives ("Rådet vedtog indstillingen (For 12, Imod
 * 2, Undlader 1)").
 */
export const notedText = (locale: Locale): string => t(locale, 'meeting.decision.noted_text');

export function hearingPrefillText(locale: Locale, hearing: HearingPrefill): string {
  const { tally } = hearing;
  const counts = {
    for: tally.for,
    against: tally.against,
    abstain: tally.abstain,
    objections: tally.objections,
    comments: tally.comments,
    responded: tally.responded,
    eligible: tally.eligible,
  };
  switch (hearing.mode) {
    case 'comments':
      return t(locale, 'meeting.decision.prefill.comments', counts);
    case 'silence':
      return hearing.outcome === 'adopted'
        ? t(locale, 'meeting.decision.prefill.silence_adopted')
        : t(locale, 'meeting.decision.prefill.silence_rejected', counts);
    case 'vote':
      if (hearing.outcome === 'adopted')
        return t(locale, 'meeting.decision.prefill.adopted', counts);
      if (hearing.outcome === 'rejected')
        return t(locale, 'meeting.decision.prefill.rejected', counts);
      return t(locale, 'meeting.decision.prefill.no_quorum', counts);
  }
}

/** The text the secretary starts from (see DecisionDraft for which one wins); '' when there is none. */
export function draftText(locale: Locale, draft: DecisionDraft): string {
  switch (draft.draftFrom) {
    case 'hearing':
      return draft.hearing === undefined ? '' : hearingPrefillText(locale, draft.hearing);
    case 'decision':
      return draft.current?.text ?? '';
    case 'imported':
      return draft.imported ?? '';
    case 'nothing':
      return '';
  }
}
