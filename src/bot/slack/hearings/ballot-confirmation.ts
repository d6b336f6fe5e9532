import type { CastReceipt } from '../../../app/hearings/cast-ballot.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { answerLine } from '../../present/hearings/viewer-stance.ts';

/**
 * The same answer again this soon is a double click or a replayed request,
 * not a decision: the tally is unchanged and the voter already has their
 * confirmation, so no second message is sent.
 */
export const replayWindowMs = 10_000;

export function isReplay(receipt: Pick<CastReceipt, 'ballot' | 'previous'>): boolean {
  const { ballot, previous } = receipt;
  return (
    previous !== undefined &&
    previous.choice === ballot.choice &&
    (previous.reason ?? '') === (ballot.reason ?? '') &&
    Date.parse(ballot.castAt) - Date.parse(previous.castAt) < replayWindowMs
  );
}

/**
 * The voter's own confirmation, shown only to them: the one line on where
 * they now stand, as their card says it ("Du har stemt For — du kan ændre
 * indtil fristen."); undefined for a replay. Made from the receipt alone, so
 * a burst of clicks costs no extra reads.
 */
export function ballotConfirmation(locale: Locale, receipt: CastReceipt): string | undefined {
  if (isReplay(receipt)) return undefined;
  return answerLine(locale, receipt.hearing, receipt);
}
