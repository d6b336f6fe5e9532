import type { CouncilDefaults } from '../council/council-use-cases.ts';
import type { AppDeps } from '../deps.ts';
import { previewAgendaImport, type PreviewAgendaImportInput } from './preview-agenda-import.ts';

/**
 * The meetings' use cases. This first slice reads agendas and minutes and
 * stores nothing, so it needs no port yet.
 */
export function createMeetingUseCases(_deps: AppDeps, _defaults: CouncilDefaults) {
  return {
    previewAgendaImport: (input: PreviewAgendaImportInput) =>
      Promise.resolve(previewAgendaImport(input)),
  };
}

export type MeetingUseCases = ReturnType<typeof createMeetingUseCases>;

declare module '../use-cases.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's use cases to UseCases
  interface UseCases extends MeetingUseCases {}
}
