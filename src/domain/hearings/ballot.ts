import type { Choice } from './hearing-rules.ts';

/** The one ballot a seat has in a hearing; casting again replaces it. */
export interface Ballot {
  readonly seatId: string;
  /** Who cast it: the member, or their substitute during afbud. */
  readonly castBy: string;
  readonly actingAs: 'member' | 'substitute';
  readonly choice: Choice;
  /** The reason for Imod or an objection, or the text of a høringssvar. */
  readonly reason?: string;
  readonly castAt: string;
}

export const auditEventTypes = ['cast', 'change', 'withdraw', 'recusal'] as const;
export type AuditEventType = (typeof auditEventTypes)[number];

/** Append-only trail of everything that touched a hearing's ballots. */
export interface AuditEvent {
  readonly type: AuditEventType;
  readonly seatId: string;
  readonly memberId: string;
  readonly choice?: Choice;
  readonly reason?: string;
  readonly at: string;
}

/** The order ballots are listed in everywhere: by when they were cast, then by seat. */
export const byCastAtThenSeat = (a: Ballot, b: Ballot): number =>
  a.castAt < b.castAt
    ? -1
    : a.castAt > b.castAt
      ? 1
      : a.seatId < b.seatId
        ? -1
        : a.seatId > b.seatId
          ? 1
          : 0;
