import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import { localDateTimeOf } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import type { ImportedMinutes } from './agenda-import/imported-minutes.ts';
import { importAgendaIntoMeeting, type ImportedIntoMeeting } from './import-agenda-into-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';
import { agendaFormats, previewAgendaImport } from './preview-agenda-import.ts';
import type { PendingImport } from './ports.ts';

/**
 * An agenda from chat goes in two steps: the secretary sees a preview (kept
 * for an hour under an id the preview's buttons carry), then stores it, asks
 * to correct it or cancels. Storing takes the preview in one atomic step, so
 * "Gem dagsorden" clicked twice stores one meeting.
 */
export const pendingImportSeconds = 60 * 60;

/** The buttons carry the id; a forged one finds nothing. */
const pendingIdField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

const actorFields = { councilId: councilIdField, actorId: memberIdField };

export interface StagedAgendaImport {
  readonly pendingId: string;
  readonly pending: PendingImport;
  readonly minutes: ImportedMinutes;
  /** Upcoming meetings not yet held, the agenda may go into instead of a new meeting. */
  readonly plannedMeetings: readonly Meeting[];
}

type Deps = Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'pendingImports' | 'clock'>;

/** Whether the actor may import agendas at all: asked before a shared file is downloaded. */
export async function mayImportAgenda(
  deps: Pick<AppDeps, 'councils' | 'rosters'>,
  raw: { councilId: string; actorId: string },
): Promise<Result<void>> {
  const input = validate(z.object(actorFields), raw);
  if (!input.ok) return input;
  const manager = await loadManager(deps, input.value.councilId, input.value.actorId);
  return manager.ok ? succeed(undefined) : manager;
}

async function plannedMeetings(deps: Deps, councilId: string, timeZone: string) {
  const now = localDateTimeOf(deps.clock.now(), timeZone);
  const records = await deps.meetings.meetings(councilId);
  return records
    .map((record) => record.meeting)
    .filter(
      (meeting) =>
        (meeting.status === 'planned' || meeting.status === 'agenda_published') &&
        meeting.start >= now,
    );
}

const stageInput = z.object({
  ...actorFields,
  format: z.enum(agendaFormats),
  text: z.string(),
  fileName: z.string().max(300).optional(),
});

/** Previews the agenda and keeps it, unstored, for the secretary to confirm. */
export async function stageAgendaImport(
  deps: Deps,
  raw: z.input<typeof stageInput>,
): Promise<Result<StagedAgendaImport>> {
  const input = validate(stageInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, format, text, fileName } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const previewed = previewAgendaImport({ format, text });
  if (!previewed.ok) return previewed;
  const pending: PendingImport = {
    councilId,
    actorId,
    format,
    text,
    ...(fileName === undefined ? {} : { fileName }),
  };
  const pendingId = await deps.pendingImports.put(pending, pendingImportSeconds);
  return succeed({
    pendingId,
    pending,
    minutes: previewed.value,
    plannedMeetings: await plannedMeetings(deps, councilId, manager.value.council.timeZone),
  });
}

const pendingInput = z.object({ ...actorFields, pendingId: pendingIdField });

/** The previewed agenda again (to correct it), without taking it. */
export async function pendingAgendaImport(
  deps: Deps,
  raw: z.input<typeof pendingInput>,
): Promise<Result<StagedAgendaImport>> {
  const input = validate(pendingInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, pendingId } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const pending = await deps.pendingImports.peek(councilId, pendingId);
  if (pending === undefined) return fail('agenda_import_not_pending');
  const previewed = previewAgendaImport({ format: pending.format, text: pending.text });
  if (!previewed.ok) return previewed;
  return succeed({
    pendingId,
    pending,
    minutes: previewed.value,
    plannedMeetings: await plannedMeetings(deps, councilId, manager.value.council.timeZone),
  });
}

const confirmInput = pendingInput.extend({ meetingId: meetingIdField.optional() });

/**
 * Stores the previewed agenda: as a new meeting from its header, or in the
 * planned meeting chosen. Taken first, so a second click finds nothing; put
 * back when storing fails, so the secretary can choose another way.
 */
export async function confirmAgendaImport(
  deps: Deps & Pick<AppDeps, 'decisions' | 'ids'>,
  raw: z.input<typeof confirmInput>,
): Promise<Result<ImportedIntoMeeting>> {
  const input = validate(confirmInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, pendingId, meetingId } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const pending = await deps.pendingImports.take(councilId, pendingId);
  if (pending === undefined) return fail('agenda_import_not_pending');
  const imported = await importAgendaIntoMeeting(deps, {
    councilId,
    actorId,
    ...(meetingId === undefined ? {} : { meetingId }),
    format: pending.format,
    text: pending.text,
  });
  if (!imported.ok) await deps.pendingImports.restore(pendingId, pending, pendingImportSeconds);
  return imported;
}

/** Drops the previewed agenda; nothing was stored, and nothing is. */
export async function cancelAgendaImport(
  deps: Deps,
  raw: z.input<typeof pendingInput>,
): Promise<Result<{ readonly dropped: boolean }>> {
  const input = validate(pendingInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, pendingId } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const pending = await deps.pendingImports.take(councilId, pendingId);
  return succeed({ dropped: pending !== undefined });
}
