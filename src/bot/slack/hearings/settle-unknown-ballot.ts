import type { Locale } from '../../../domain/council/council.ts';
import type { Choice } from '../../../domain/hearings/hearing-rules.ts';
import { describeFailure, t } from '../../../i18n/hearings/index.ts';
import { choiceLabel } from '../../present/hearings/hearing-presentation.ts';
import type { Tell } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';

export interface UnknownBallot {
  readonly locale: Locale;
  readonly councilId: string;
  readonly hearingId: string;
  readonly actorId: string;
  readonly choice: Choice;
  /** The castAt the unanswered write carried. */
  readonly castAt: string;
}

export interface SettleOptions {
  /** Pause between reads while Redis does not answer. */
  readonly intervalMs?: number;
  /** Reads before giving up; with the defaults about 30 s, well inside response_url's 30 minutes. */
  readonly attempts?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A cast was sent but its answer was lost with the connection. The voter is
 * told we are checking; then the seat's ballot is read once Redis answers
 * again, and the voter is told it counted or asked to try again.
 *
 * Why a short in-process loop and not a follow-up job: the outbox lives in
 * the same Redis that just went away, so the job could not be queued at the
 * moment it is needed. The loop holds nothing but this click's response_url;
 * if the process dies meanwhile, the voter keeps "we are checking" and the
 * card shows the truth at its next refresh.
 */
export async function settleUnknownBallot(
  deps: SlackDeps,
  ballot: UnknownBallot,
  tell: Tell,
  options: SettleOptions = {},
): Promise<void> {
  const { locale } = ballot;
  const intervalMs = options.intervalMs ?? 250;
  const attempts = options.attempts ?? 120;
  await tell(t(locale, 'ballot.checking'));
  for (let attempt = 0; attempt < attempts; attempt++) {
    const found = await deps.useCases.findCastBallot({
      councilId: ballot.councilId,
      hearingId: ballot.hearingId,
      actorId: ballot.actorId,
      choice: ballot.choice,
      castAt: ballot.castAt,
    });
    if (found.ok) {
      const { hearing, ballot: stored } = found.value;
      return tell(
        stored === undefined
          ? t(locale, 'ballot.not_recorded')
          : t(locale, 'ballot.recorded', { choice: choiceLabel(locale, hearing, stored.choice) }),
      );
    }
    if (found.code !== 'store_unavailable') return tell(describeFailure(locale, found));
    await pause(intervalMs);
  }
  await tell(t(locale, 'ballot.unverified'));
}
