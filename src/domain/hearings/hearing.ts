import { fail, succeed, type Result } from '../errors.ts';
import type { HearingResult } from './hearing-result.ts';
import { mayManageHearings, type Member } from '../council/roster.ts';
import {
  choicesIn,
  defaultRules,
  type Choice,
  type HearingMode,
  type HearingRules,
  type HearingState,
} from './hearing-rules.ts';

export * from './hearing-rules.ts';

/** Optional wording of the three vote options, e.g. "Tiltræder" for "For". */
export interface VoteLabels {
  readonly for?: string;
  readonly against?: string;
  readonly abstain?: string;
}

/**
 * A hearing (høring) puts a proposal (the Indstilling) to the council's seats
 * in writing, with a deadline (frist), and follows it from draft to result.
 */
export interface Hearing {
  readonly id: string;
  readonly councilId: string;
  readonly title: string;
  readonly proposal: string;
  /** Agenda item it belongs to, e.g. "0.1.1". */
  readonly agendaItem?: string;
  /**
   * The meeting whose agenda holds that item: afbud for the meeting covers
   * the hearing, and its result prefills the item's Beslutning.
   */
  readonly meetingId?: string;
  readonly mode: HearingMode;
  readonly rules: HearingRules;
  readonly labels?: VoteLabels;
  /** ISO instant. */
  readonly deadline: string;
  readonly state: HearingState;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly openedAt?: string;
  readonly closedAt?: string;
  /** A member id, or 'deadline' / 'all_responded' when the bot closed it. */
  readonly closedBy?: string;
  /** Set once, from the frozen ballots, when the hearing closes. */
  readonly result?: HearingResult;
}

export interface HearingDraftInput {
  readonly id: string;
  readonly councilId: string;
  readonly title: string;
  readonly proposal: string;
  readonly agendaItem?: string;
  readonly meetingId?: string;
  readonly mode: HearingMode;
  readonly rules?: Partial<HearingRules>;
  readonly labels?: VoteLabels;
  readonly deadline: Date;
}

/** Shortest notice a hearing may give: enough for anyone to see it. */
export const minimumNoticeMinutes = 10;
/** A hearing is for quick answers; longer than this is a mistake in the date. */
export const maximumNoticeDays = 180;

function checkDeadline(deadline: Date, now: Date): Result<Date> {
  const minutes = (deadline.getTime() - now.getTime()) / 60_000;
  if (minutes < minimumNoticeMinutes) {
    return fail('deadline_in_past', 'deadline', { minutes: minimumNoticeMinutes });
  }
  if (minutes > maximumNoticeDays * 24 * 60) {
    return fail('deadline_too_far', 'deadline', { days: maximumNoticeDays });
  }
  return succeed(deadline);
}

export function draftHearing(input: HearingDraftInput, author: Member, now: Date): Result<Hearing> {
  if (!mayManageHearings(author)) return fail('not_allowed_to_open');
  const deadline = checkDeadline(input.deadline, now);
  if (!deadline.ok) return deadline;
  return succeed({
    id: input.id,
    councilId: input.councilId,
    title: input.title,
    proposal: input.proposal,
    ...(input.agendaItem === undefined ? {} : { agendaItem: input.agendaItem }),
    ...(input.meetingId === undefined ? {} : { meetingId: input.meetingId }),
    mode: input.mode,
    rules: { ...defaultRules, ...input.rules },
    ...(input.labels === undefined ? {} : { labels: input.labels }),
    deadline: input.deadline.toISOString(),
    state: 'draft',
    createdBy: author.id,
    createdAt: now.toISOString(),
  });
}

export function openHearing(hearing: Hearing, actor: Member, now: Date): Result<Hearing> {
  if (!mayManageHearings(actor)) return fail('not_allowed_to_open');
  if (hearing.state !== 'draft') return fail('hearing_not_open');
  const deadline = checkDeadline(new Date(hearing.deadline), now);
  if (!deadline.ok) return deadline;
  return succeed({ ...hearing, state: 'open', openedAt: now.toISOString() });
}

export function moveDeadline(
  hearing: Hearing,
  newDeadline: Date,
  actor: Member,
  now: Date,
): Result<Hearing> {
  if (!mayManageHearings(actor)) return fail('not_allowed_to_manage');
  if (hearing.state !== 'open' && hearing.state !== 'draft') return fail('hearing_not_open');
  if (newDeadline.getTime() === new Date(hearing.deadline).getTime()) {
    return fail('deadline_unchanged', 'deadline');
  }
  const deadline = checkDeadline(newDeadline, now);
  if (!deadline.ok) return deadline;
  return succeed({ ...hearing, deadline: newDeadline.toISOString() });
}

export function mayClose(hearing: Hearing, actor: Member): Result<Hearing> {
  if (!mayManageHearings(actor)) return fail('not_allowed_to_manage');
  if (hearing.state !== 'open') return fail('hearing_not_open');
  return succeed(hearing);
}

export interface BallotInput {
  readonly choice: Choice;
  readonly reason?: string;
}

/** What a ballot must satisfy before it may be written. */
export function checkBallot(hearing: Hearing, input: BallotInput, now: Date): Result<BallotInput> {
  if (hearing.state !== 'open') return fail('hearing_not_open');
  if (now.getTime() >= new Date(hearing.deadline).getTime()) return fail('deadline_passed');
  if (!choicesIn(hearing.mode).includes(input.choice)) return fail('choice_not_in_mode', 'choice');
  const reason = input.reason?.trim() ?? '';
  if (input.choice === 'objection' && reason === '') return fail('reason_required', 'reason');
  if (input.choice === 'comment' && reason === '') return fail('comment_required', 'reason');
  if (input.choice === 'against' && hearing.rules.reasonRequiredWithAgainst && reason === '') {
    return fail('reason_required', 'reason');
  }
  return succeed(reason === '' ? { choice: input.choice } : { choice: input.choice, reason });
}
