import type { AuditEvent, AuditEventType, Ballot } from '../../domain/hearings/ballot.ts';

/** The audit event a ballot leaves: 'cast' for a seat's first, 'change' when it replaces one. */
export const ballotEvent = (
  ballot: Ballot,
  type: Extract<AuditEventType, 'cast' | 'change'>,
): AuditEvent => ({
  type,
  seatId: ballot.seatId,
  memberId: ballot.castBy,
  choice: ballot.choice,
  ...(ballot.reason === undefined ? {} : { reason: ballot.reason }),
  at: ballot.castAt,
});

export const withdrawEvent = (seatId: string, memberId: string, at: Date): AuditEvent => ({
  type: 'withdraw',
  seatId,
  memberId,
  at: at.toISOString(),
});

/** Inhabilitet: the seat is the member's own. */
export const recusalEvent = (memberId: string, at: Date): AuditEvent => ({
  type: 'recusal',
  seatId: memberId,
  memberId,
  at: at.toISOString(),
});
