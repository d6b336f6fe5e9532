import { z } from 'zod';
import type { Result } from '../../domain/errors.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { decisionTextField, itemNumberField, seenRevisionField } from './decision-fields.ts';
import { meetingIdField } from './meeting-fields.ts';
import { writeDecision, type DecisionDeps, type RecordedDecision } from './write-decision.ts';

export const recordDecisionInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  itemNumber: itemNumberField,
  text: decisionTextField,
  /** The revision the secretary opened (decisionDraft gives it); without it, none: the item must have no decision yet. */
  seenRevision: seenRevisionField.optional(),
});
export type RecordDecisionInput = z.input<typeof recordDecisionInput>;

/**
 * The secretariat (or the chair group) records an item's Beslutning, or
 * changes it; each change is audited. A save over a change the secretary
 * has not seen is refused with `decision_changed_meanwhile`, nothing written.
 */
export async function recordDecision(
  deps: DecisionDeps,
  raw: RecordDecisionInput,
): Promise<Result<RecordedDecision>> {
  const input = validate(recordDecisionInput, raw);
  if (!input.ok) return input;
  return writeDecision(deps, { ...input.value, noted: false });
}
