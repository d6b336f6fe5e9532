import type { CastReceipt } from '../../../app/hearings/cast-ballot.ts';
import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { Ballot } from '../../../domain/hearings/ballot.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Hearing } from '../../../domain/hearings/hearing.ts';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { describeFailure, t } from '../../../i18n/hearings/index.ts';
import { choiceLabel } from './hearing-presentation.ts';

/**
 * Where one person stands in a hearing — one line — and what they may do
 * there. Every surface renders this same stance, so a card, an ephemeral
 * confirmation and the Home tab never say it twice or offer buttons that
 * would only be refused.
 */
export interface ViewerStance {
  /** The one line about the viewer; none on the shared card everyone sees. */
  readonly line?: string;
  /** `good` right after an answer was taken, `attention` right after a refusal. */
  readonly tone: 'plain' | 'good' | 'attention';
  /** Show the answer buttons (For / Imod / Undlader …). */
  readonly mayVote: boolean;
}

/** What the viewer just did, when the answer is to their click. */
export type JustDone =
  | { readonly kind: 'cast'; readonly receipt: Pick<CastReceipt, 'ballot' | 'previous'> }
  /**
   * Refused, with the sentence that says why. A refusal about the reason
   * field is said under that field, and the stance stays as it was.
   */
  | { readonly kind: 'refused'; readonly text: string; readonly field?: string };

export function viewerStance(view: HearingView, justDone?: JustDone): ViewerStance {
  const open = view.hearing.state === 'open';
  const viewer = view.viewer;
  const mayVote = viewer === undefined ? open : viewer.canVote;
  if (justDone?.kind === 'refused' && justDone.field !== 'reason') {
    // Someone refused on the shared card (not known to the council) is not offered the buttons again.
    return {
      line: justDone.text,
      tone: 'attention',
      mayVote: viewer === undefined ? false : mayVote,
    };
  }
  if (viewer === undefined) return { tone: 'plain', mayVote };
  const line = standingLine(view, viewer, justDone?.kind === 'cast' ? justDone.receipt : undefined);
  return {
    ...(line === undefined ? {} : { line }),
    tone: justDone?.kind === 'cast' ? 'good' : 'plain',
    mayVote,
  };
}

function standingLine(
  view: HearingView,
  viewer: NonNullable<HearingView['viewer']>,
  receipt: Pick<CastReceipt, 'previous'> | undefined,
): string | undefined {
  const locale = view.council.locale;
  const { hearing } = view;
  if (hearing.state === 'cancelled') return undefined;
  if (viewer.refusal !== undefined) {
    if (hearing.state !== 'open') return undefined;
    // The secretariat holds no seat by design: say what it does here, not that it was refused.
    if (viewer.refusal === 'no_voting_right' && mayManageHearings(viewer.member))
      return t(locale, 'hearing.stance_secretariat');
    return describeFailure(locale, { code: viewer.refusal });
  }
  const ballot = viewer.ballot;
  const member = seatMemberName(view, viewer.seatId);
  const forSeat = viewer.seatId !== undefined && viewer.seatId !== viewer.member.id;
  if (hearing.state !== 'open') return ballot === undefined ? undefined : finalLine(view, ballot);
  if (!viewer.canVote) return t(locale, 'error.deadline_passed');
  if (ballot === undefined)
    return forSeat
      ? t(locale, 'hearing.not_answered_substitute', { member })
      : t(locale, 'hearing.not_answered');
  return answerLine(locale, hearing, { ballot, seatMemberName: member, ...previousOf(receipt) });
}

const previousOf = (receipt: Pick<CastReceipt, 'previous'> | undefined) =>
  receipt?.previous === undefined ? {} : { previous: receipt.previous };

/**
 * The one line for someone whose answer stands, while they may change it:
 * what they answered — or, right after a change, what changed — and for a
 * substitute whose seat it was. The voter's card and their ephemeral
 * confirmation both say this.
 */
export function answerLine(
  locale: Locale,
  hearing: Pick<Hearing, 'labels'>,
  answer: Pick<CastReceipt, 'ballot' | 'previous' | 'seatMemberName'>,
): string {
  const { ballot, previous, seatMemberName: member } = answer;
  if (ballot.choice === 'objection') return t(locale, 'hearing.your_objection');
  if (ballot.choice === 'comment') return t(locale, 'hearing.your_comment');
  const label = (choice: Ballot['choice']) => choiceLabel(locale, hearing, choice);
  const forSeat = ballot.actingAs === 'substitute';
  if (previous !== undefined && previous.choice !== ballot.choice) {
    const change = { from: label(previous.choice), to: label(ballot.choice), member };
    return forSeat
      ? t(locale, 'hearing.your_ballot_changed_substitute', change)
      : t(locale, 'hearing.your_ballot_changed', change);
  }
  return forSeat
    ? t(locale, 'hearing.your_ballot_substitute', { choice: label(ballot.choice), member })
    : t(locale, 'hearing.your_ballot', { choice: label(ballot.choice) });
}

/** Once closed: what the viewer answered, with nothing left to change. */
function finalLine(view: HearingView, ballot: Ballot): string {
  const locale = view.council.locale;
  if (ballot.choice === 'objection') return t(locale, 'hearing.your_final_objection');
  if (ballot.choice === 'comment') return t(locale, 'hearing.your_final_comment');
  const choice = choiceLabel(locale, view.hearing, ballot.choice);
  return ballot.actingAs === 'substitute'
    ? t(locale, 'hearing.your_final_ballot_substitute', {
        choice,
        member: seatMemberName(view, ballot.seatId),
      })
    : t(locale, 'hearing.your_final_ballot', { choice });
}

const seatMemberName = (view: HearingView, seatId: string | undefined): string =>
  view.seats.find((seat) => seat.seatId === seatId)?.memberName ?? seatId ?? '';
