import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { ItemKind } from '../../domain/meetings/agenda-item.ts';
import type { Decision } from '../../domain/meetings/decision.ts';
import { itemNumbered } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { memberNames } from './member-names.ts';
import { closedHearingsOnItem, type ClosedItemHearing } from '../hearings/index.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { itemNumberField } from './decision-fields.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';

export const decisionDraftInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  itemNumber: itemNumberField,
});
export type DecisionDraftInput = z.input<typeof decisionDraftInput>;

/** A closed hearing's result, as a Beslutning draft words it. */
export interface HearingPrefill {
  readonly hearingId: string;
  readonly title: string;
  readonly mode: ClosedItemHearing['mode'];
  readonly outcome: ClosedItemHearing['result']['outcome'];
  readonly tally: ClosedItemHearing['result']['tally'];
  readonly closedAt?: string;
}

/**
 * What the secretary starts from when recording an item's Beslutning. The
 * draft is the prefill of a hearing on the item that closed after the
 * current decision was recorded (or with none recorded); else the current
 * decision; else the Beslutning the imported agenda or referat had. The
 * surface words it (src/bot/present/meetings/decision-wording.ts), in the
 * council's language. `revision` is what to pass back when saving.
 */
export interface DecisionDraft {
  readonly meetingId: string;
  readonly item: string;
  readonly itemTitle: string;
  readonly kinds: readonly ItemKind[];
  readonly revision: number;
  readonly draftFrom: 'hearing' | 'decision' | 'imported' | 'nothing';
  readonly current?: Decision;
  /** Who recorded the current decision, by name. */
  readonly currentByName?: string;
  readonly imported?: string;
  readonly hearing?: HearingPrefill;
}

function draftFrom(
  current: Decision | undefined,
  hearing: HearingPrefill | undefined,
  imported: string | undefined,
): DecisionDraft['draftFrom'] {
  if (
    hearing !== undefined &&
    (current === undefined || (hearing.closedAt ?? '') > current.recordedAt)
  )
    return 'hearing';
  if (current !== undefined) return 'decision';
  return imported === undefined ? 'nothing' : 'imported';
}

/** The Beslutning draft of an item, for the secretariat and the chair group. */
export async function decisionDraft(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'decisions' | 'hearings'>,
  raw: DecisionDraftInput,
): Promise<Result<DecisionDraft>> {
  const input = validate(decisionDraftInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, itemNumber } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const item = itemNumbered(record.value, itemNumber);
  if (item === undefined)
    return fail('decision_item_not_found', 'itemNumber', { item: itemNumber });
  const [decisions, hearings] = await Promise.all([
    deps.decisions.decisions(councilId, meetingId),
    closedHearingsOnItem(deps.hearings, councilId, meetingId, itemNumber),
  ]);
  const current = decisions.find((decision) => decision.item === itemNumber);
  const closed = hearings[0];
  const hearing: HearingPrefill | undefined =
    closed === undefined
      ? undefined
      : {
          hearingId: closed.id,
          title: closed.title,
          mode: closed.mode,
          outcome: closed.result.outcome,
          tally: closed.result.tally,
          ...(closed.closedAt === undefined ? {} : { closedAt: closed.closedAt }),
        };
  const imported = item.fields.beslutning;
  return succeed({
    meetingId,
    item: itemNumber,
    itemTitle: item.title,
    kinds: item.kinds,
    revision: current?.revision ?? 0,
    draftFrom: draftFrom(current, hearing, imported),
    ...(current === undefined
      ? {}
      : { current, currentByName: (await memberNames(deps, councilId))(current.recordedBy) }),
    ...(imported === undefined ? {} : { imported }),
    ...(hearing === undefined ? {} : { hearing }),
  });
}
