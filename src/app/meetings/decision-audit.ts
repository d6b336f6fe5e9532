import { z } from 'zod';
import { succeed, type Result } from '../../domain/errors.ts';
import type { DecisionEvent } from '../../domain/meetings/decision.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { itemNumberField } from './decision-fields.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { memberNames } from './member-names.ts';

export const decisionAuditInput = z.object({
  councilId: councilIdField,
  meetingId: meetingIdField,
  /** One item's history; without it, the whole meeting's. */
  itemNumber: itemNumberField.optional(),
});
export type DecisionAuditInput = z.input<typeof decisionAuditInput>;

/** A change of a Beslutning with the name of who made it, as the roster has it. */
export type NamedDecisionEvent = DecisionEvent & { readonly byName: string };

/** Every change of a meeting's (or one item's) Beslutning: who, when, before and after. */
export async function decisionAudit(
  deps: Pick<AppDeps, 'meetings' | 'decisions' | 'rosters'>,
  raw: DecisionAuditInput,
): Promise<Result<NamedDecisionEvent[]>> {
  const input = validate(decisionAuditInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId, itemNumber } = input.value;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const [events, nameOf] = await Promise.all([
    deps.decisions.decisionAudit(councilId, meetingId),
    memberNames(deps, councilId),
  ]);
  return succeed(
    events
      .filter((event) => itemNumber === undefined || event.item === itemNumber)
      .map((event) => ({ ...event, byName: nameOf(event.by) })),
  );
}
