import type { CastReceipt } from '../../../app/cast-ballot.ts';
import type { Locale } from '../../../domain/council.ts';
import type { Choice, Hearing } from '../../../domain/hearing.ts';
import { t } from '../../../i18n/messages.ts';
import { choiceLabel } from '../../present/hearing-presentation.ts';

/**
 * The same answer again this soon is a double click or a replayed request,
 * not a decision: the tally is unchanged and the voter already has their
 * confirmation, so no second message is sent.
 */
export const replayWindowMs = 10_000;

export function isReplay(receipt: CastReceipt): boolean {
  const { ballot, previous } = receipt;
  return (
    previous !== undefined &&
    previous.choice === ballot.choice &&
    (previous.reason ?? '') === (ballot.reason ?? '') &&
    Date.parse(ballot.castAt) - Date.parse(previous.castAt) < replayWindowMs
  );
}

/** The voter's own confirmation, shown only to them; undefined for a replay. */
export function ballotConfirmation(
  locale: Locale,
  hearing: Pick<Hearing, 'labels'>,
  receipt: CastReceipt,
): string | undefined {
  if (isReplay(receipt)) return undefined;
  const { ballot, previous } = receipt;
  if (ballot.choice === 'objection') return t(locale, 'hearing.your_objection');
  if (ballot.choice === 'comment') return t(locale, 'hearing.your_comment');
  const label = (choice: Choice) => choiceLabel(locale, hearing, choice);
  if (previous !== undefined && previous.choice !== ballot.choice) {
    return t(locale, 'ballot.changed', { from: label(previous.choice), to: label(ballot.choice) });
  }
  return t(locale, 'hearing.your_ballot', { choice: label(ballot.choice) });
}
