import { fail, succeed, type Result } from '../errors.ts';
import type { AgendaItem } from './agenda-item.ts';
import { formatAgendaNumber } from './agenda-number.ts';
import type { Meeting } from './meeting.ts';
import type { MeetingRecord } from './meeting-record.ts';

/**
 * The Beslutning of an agenda item as the secretariat records it, and the
 * audit of every change. The first recording is revision 1; each change adds
 * one. Revision 0 means "nothing recorded yet" (the item may still carry the
 * Beslutning of an imported referat).
 */
export interface Decision {
  /** The item's number as printed: "2.1". */
  readonly item: string;
  /** The words of the referat, in the council's language ("Rådet vedtog indstillingen."). */
  readonly text: string;
  /** Recorded with the one action "Taget til efterretning" of an O item. */
  readonly noted: boolean;
  readonly revision: number;
  /** A member id. */
  readonly recordedBy: string;
  /** ISO instant. */
  readonly recordedAt: string;
}

export const decisionActions = ['recorded', 'changed', 'noted'] as const;
export type DecisionAction = (typeof decisionActions)[number];

/** One change of an item's Beslutning, kept for good. */
export interface DecisionEvent {
  readonly item: string;
  readonly action: DecisionAction;
  /** The Beslutning the item showed before (a recorded one, or the imported one), if any. */
  readonly before?: string;
  readonly after: string;
  /** The revision this change made. */
  readonly revision: number;
  readonly by: string;
  readonly at: string;
}

/**
 * Slack's plain-text input and section text hold 3,000 characters; a Teams
 * card's text input takes the same without trouble. A Beslutning is a few
 * sentences; a longer text belongs in the Sagsfremstilling.
 */
export const maxDecisionLength = 3000;

/** What the secretariat asks for: a Beslutning (or "noted") on an item, having seen a revision. */
export interface DecisionChange {
  readonly item: string;
  readonly text: string;
  readonly noted: boolean;
  readonly by: string;
  readonly at: Date;
}

/** The meeting still takes decisions: not cancelled, and its minutes not yet approved. */
export function mayRecordDecisions(meeting: Meeting): Result<Meeting> {
  if (meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  if (meeting.status === 'minutes_approved') return fail('decision_after_approval', 'meetingId');
  return succeed(meeting);
}

/**
 * The decision and its audit event that `change` makes of what is stored
 * (`current`, or the item's imported Beslutning when nothing is recorded).
 * Checks the meeting, the item, the kinds ("noted" only for an O item) and
 * the text.
 */
export function decide(
  record: MeetingRecord,
  current: Decision | undefined,
  change: DecisionChange,
): Result<{ decision: Decision; event: DecisionEvent }> {
  const open = mayRecordDecisions(record.meeting);
  if (!open.ok) return open;
  const item = record.items.find(
    (candidate) => formatAgendaNumber(candidate.number) === change.item,
  );
  if (item === undefined)
    return fail('decision_item_not_found', 'itemNumber', { item: change.item });
  if (change.noted && !item.kinds.includes('O'))
    return fail('noted_only_for_information', 'itemNumber', { item: change.item });
  const text = change.text.trim();
  if (text === '') return fail('invalid_input', 'text', { problem: 'required' });
  if (text.length > maxDecisionLength)
    return fail('invalid_input', 'text', { problem: 'too_long', limit: maxDecisionLength });
  const revision = (current?.revision ?? 0) + 1;
  const before = current?.text ?? item.fields.beslutning;
  const at = change.at.toISOString();
  return succeed({
    decision: {
      item: change.item,
      text,
      noted: change.noted,
      revision,
      recordedBy: change.by,
      recordedAt: at,
    },
    event: {
      item: change.item,
      action: change.noted ? 'noted' : current === undefined ? 'recorded' : 'changed',
      ...(before === undefined ? {} : { before }),
      after: text,
      revision,
      by: change.by,
      at,
    },
  });
}

const applied = (item: AgendaItem, decision: Decision | undefined): AgendaItem =>
  decision === undefined
    ? item
    : { ...item, fields: { ...item.fields, beslutning: decision.text } };

/**
 * The meeting as the referat prints it: each item's Beslutning is the
 * recorded one where there is one, else what the agenda or minutes had.
 */
export function withDecisions(
  record: MeetingRecord,
  decisions: readonly Decision[],
): MeetingRecord {
  if (decisions.length === 0) return record;
  const byItem = new Map(decisions.map((decision) => [decision.item, decision]));
  return {
    ...record,
    items: record.items.map((item) => applied(item, byItem.get(formatAgendaNumber(item.number)))),
  };
}
