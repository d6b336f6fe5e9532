import type { webApi } from '@slack/bolt';
import type { CastReceipt } from '../../../app/hearings/cast-ballot.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Result } from '../../../domain/errors.ts';
import { describeFailure } from '../../../i18n/hearings/index.ts';
import type { JustDone } from '../../present/hearings/viewer-stance.ts';
import { ballotConfirmation, isReplay } from './ballot-confirmation.ts';
import { ephemeralTo } from '../listeners/reply.ts';
import { publishHome } from './publish-home.ts';
import type { SlackDeps } from '../slack-deps.ts';

export interface BallotAnswerTarget {
  readonly client: webApi.WebClient;
  readonly teamId: string | undefined;
  readonly userId: string;
  /** The click came from the Home tab: answer by re-publishing it. */
  readonly home: boolean;
  /** Else the click's response_url, for an ephemeral line only the voter sees. */
  readonly responseUrl?: string;
}

export interface CastAttempt {
  readonly locale: Locale;
  readonly councilId: string;
  readonly hearingId: string;
  readonly voterId: string;
  readonly cast: Result<CastReceipt>;
}

/**
 * Tells the voter, after the ack, where they now stand — one line, as every
 * surface says it: ephemerally under the channel message, or on the
 * hearing's own card in the Home tab. A replayed click gets no second answer.
 */
export async function answerBallot(
  deps: SlackDeps,
  target: BallotAnswerTarget,
  attempt: CastAttempt,
): Promise<void> {
  const { cast, locale } = attempt;
  if (cast.ok && isReplay(cast.value)) return;
  if (!target.home) {
    const line = cast.ok ? ballotConfirmation(locale, cast.value) : describeFailure(locale, cast);
    if (line !== undefined) await ephemeralTo(target.responseUrl)(line);
    return;
  }
  const justDone: JustDone = cast.ok
    ? { kind: 'cast', receipt: cast.value }
    : {
        kind: 'refused',
        text: describeFailure(locale, cast),
        ...(cast.field === undefined ? {} : { field: cast.field }),
      };
  await publishHome(deps, target.client, target.teamId, target.userId, {
    hearingId: attempt.hearingId,
    justDone,
  });
}
