import { z } from 'zod';
import { maxDecisionLength } from '../../domain/meetings/decision.ts';

/** An agenda item's number as printed: "2.1", "0.1.1". */
export const itemNumberField = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,2})*$/, { error: 'invalid_agenda_item' });

/** A Beslutning: what a Slack modal's text input and a Teams card hold. */
export const decisionTextField = z.string().trim().min(1).max(maxDecisionLength);

/** The revision of the item's decision the secretary saw (0: none recorded yet). */
export const seenRevisionField = z.number().int().min(0);
