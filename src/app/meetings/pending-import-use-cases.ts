import type { AppDeps } from '../deps.ts';
import { answeringStoreFailures as guard } from '../store-failures.ts';
import {
  cancelAgendaImport,
  confirmAgendaImport,
  mayImportAgenda,
  pendingAgendaImport,
  stageAgendaImport,
} from './pending-agenda-import.ts';

/** An agenda from chat: previewed and kept, then stored, corrected or cancelled. */
export function pendingImportUseCases(deps: AppDeps) {
  return {
    mayImportAgenda: guard((input: Parameters<typeof mayImportAgenda>[1]) =>
      mayImportAgenda(deps, input),
    ),
    stageAgendaImport: guard((input: Parameters<typeof stageAgendaImport>[1]) =>
      stageAgendaImport(deps, input),
    ),
    pendingAgendaImport: guard((input: Parameters<typeof pendingAgendaImport>[1]) =>
      pendingAgendaImport(deps, input),
    ),
    confirmAgendaImport: guard((input: Parameters<typeof confirmAgendaImport>[1]) =>
      confirmAgendaImport(deps, input),
    ),
    cancelAgendaImport: guard((input: Parameters<typeof cancelAgendaImport>[1]) =>
      cancelAgendaImport(deps, input),
    ),
  };
}
