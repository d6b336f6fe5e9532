import { z } from 'zod';
import { instantOfLocal, localDateOf } from '../../domain/council/council-time.ts';
import { addLocalDays, DEFAULT_NOTICE_DAYS } from '../../domain/council/working-days.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import {
  draftHearing,
  hearingModes,
  majorityRules,
  openHearing as openDraft,
  type Hearing,
} from '../../domain/hearings/hearing.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, localDateField, localTimeField, memberIdField } from '../input-fields.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { itemNumbered, loadMeeting, meetingIdField } from '../meetings/index.ts';
import { scheduleHearing } from './schedule-hearing.ts';
import { validate } from '../validate.ts';

const label = z.string().trim().min(1).max(30);

export const openHearingInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  title: z.string().trim().min(1).max(150),
  /** The Indstilling; Slack's section text holds 3,000 characters. */
  proposal: z.string().trim().min(1).max(2500),
  agendaItem: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)*$/, { error: 'invalid_agenda_item' })
    .optional(),
  /** The meeting whose agenda holds `agendaItem`: its afbud covers the hearing, its result prefills the decision. */
  meetingId: meetingIdField.optional(),
  mode: z.enum(hearingModes).default('vote'),
  deadlineDate: localDateField,
  deadlineTime: localTimeField,
  rules: z
    .object({
      quorum: z.number().min(0).max(1),
      majority: z.enum(majorityRules),
      ballot: z.enum(['named', 'secret']),
      results: z.enum(['live', 'after_close']),
      reasonRequiredWithAgainst: z.boolean(),
      closeWhenAllResponded: z.boolean(),
    })
    .partial()
    .optional(),
  labels: z.object({ for: label, against: label, abstain: label }).partial().optional(),
  /** Keep it as a draft (e.g. made from a message) instead of opening it now. */
  asDraft: z.boolean().default(false),
});
export type OpenHearingInput = z.input<typeof openHearingInput>;

/** The secretariat or the chair group puts a proposal to the council. */
export async function openHearing(deps: AppDeps, raw: OpenHearingInput): Promise<Result<Hearing>> {
  const input = validate(openHearingInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const actor = await loadMember(deps.rosters, councilId, actorId);
  if (!actor.ok) return actor;
  const onAgenda = await checkAgendaLink(deps, councilId, input.value);
  if (!onAgenda.ok) return onAgenda;

  const deadline = instantOfLocal(
    input.value.deadlineDate,
    input.value.deadlineTime,
    council.value.timeZone,
  );
  if (deadline === undefined)
    return fail('invalid_input', 'deadlineDate', {
      problem: 'invalid_date',
      // An example that works today, never a date that has passed.
      example: addLocalDays(
        localDateOf(deps.clock.now(), council.value.timeZone),
        DEFAULT_NOTICE_DAYS,
      ),
    });

  const now = deps.clock.now();
  const draft = draftHearing(
    {
      id: deps.ids.newId('h'),
      councilId,
      title: input.value.title,
      proposal: input.value.proposal,
      ...(input.value.agendaItem === undefined ? {} : { agendaItem: input.value.agendaItem }),
      ...(input.value.meetingId === undefined ? {} : { meetingId: input.value.meetingId }),
      mode: input.value.mode,
      ...(input.value.rules === undefined ? {} : { rules: input.value.rules }),
      ...(input.value.labels === undefined ? {} : { labels: input.value.labels }),
      deadline,
    },
    actor.value,
    now,
  );
  if (!draft.ok) return draft;
  if (input.value.asDraft) {
    await deps.hearings.saveHearing(draft.value);
    return draft;
  }
  const opened = openDraft(draft.value, actor.value, now);
  if (!opened.ok) return opened;
  await deps.hearings.saveHearing(opened.value);
  await scheduleHearing(deps, council.value, opened.value);
  await deps.notifier.notify({ kind: 'hearing_opened', councilId, hearingId: opened.value.id });
  return succeed(opened.value);
}

/**
 * A hearing on a meeting's agenda names the item, and both must exist: the
 * meeting not cancelled, the item on its agenda once the agenda is in.
 */
async function checkAgendaLink(
  deps: Pick<AppDeps, 'meetings'>,
  councilId: string,
  input: { meetingId?: string | undefined; agendaItem?: string | undefined },
): Promise<Result<void>> {
  if (input.meetingId === undefined) return succeed(undefined);
  if (input.agendaItem === undefined) return fail('agenda_item_needed_with_meeting', 'agendaItem');
  const found = await loadMeeting(deps.meetings, councilId, input.meetingId);
  if (!found.ok) return found;
  const { meeting, items } = found.value;
  if (meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  if (items.length > 0 && itemNumbered(found.value, input.agendaItem) === undefined)
    return fail('agenda_item_not_on_meeting', 'agendaItem', {
      item: input.agendaItem,
      title: meeting.title,
    });
  return succeed(undefined);
}
