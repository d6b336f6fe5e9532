import type { CastReceipt } from '../../../app/cast-ballot.ts';
import type { HearingView } from '../../../app/view-hearing.ts';
import { viewerStance } from '../../present/viewer-stance.ts';

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

/**
 * The voter's own confirmation, shown only to them: the one line on where
 * they now stand, as their card says it ("Du har stemt For — du kan ændre
 * indtil fristen."). `view` is the voter's view after the ballot; undefined
 * for a replay.
 */
export function ballotConfirmation(view: HearingView, receipt: CastReceipt): string | undefined {
  if (isReplay(receipt)) return undefined;
  return viewerStance(view, { kind: 'cast', receipt }).line;
}
