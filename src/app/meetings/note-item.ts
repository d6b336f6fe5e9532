import { z } from 'zod';
import type { Result } from '../../domain/errors.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { decisionTextField, itemNumberField, seenRevisionField } from './decision-fields.ts';
import { meetingIdField } from './meeting-fields.ts';
import { writeDecision, type DecisionDeps, type RecordedDecision } from './write-decision.ts';

export const noteItemInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  itemNumber: itemNumberField,
  /**
   * The words the referat prints, in the council's language, as the surface
   * says them ("Taget til efterretning."): the record keeps the text it was
   * decided in.
   */
  text: decisionTextField,
  seenRevision: seenRevisionField.optional(),
});
export type NoteItemInput = z.input<typeof noteItemInput>;

/**
 * "Taget til efterretning": an O item's one action. It is recorded and
 * audited as a decision marked noted; an item without O is refused with
 * `noted_only_for_information`.
 */
export async function noteItem(
  deps: DecisionDeps,
  raw: NoteItemInput,
): Promise<Result<RecordedDecision>> {
  const input = validate(noteItemInput, raw);
  if (!input.ok) return input;
  return writeDecision(deps, { ...input.value, noted: true });
}
