import type { CouncilDefaults } from '../council/council-use-cases.ts';
import type { AppDeps } from '../deps.ts';
import { answeringStoreFailures as guard } from '../store-failures.ts';
import { cancelMeeting } from './cancel-meeting.ts';
import { createMeeting } from './create-meeting.ts';
import { importAgendaIntoMeeting } from './import-agenda-into-meeting.ts';
import { listMeetings, showMeeting } from './list-meetings.ts';
import { moveMeeting } from './move-meeting.ts';
import { publishAgenda } from './publish-agenda.ts';
import { previewAgendaImport, type PreviewAgendaImportInput } from './preview-agenda-import.ts';

/** The meetings' use cases: reading agendas and minutes, and the stored meetings. */
export function createMeetingUseCases(deps: AppDeps, _defaults: CouncilDefaults) {
  return {
    /** Needs no port: a dry run stores nothing. */
    previewAgendaImport: (input: PreviewAgendaImportInput) =>
      Promise.resolve(previewAgendaImport(input)),
    createMeeting: guard((input: Parameters<typeof createMeeting>[1]) =>
      createMeeting(deps, input),
    ),
    listMeetings: guard((input: Parameters<typeof listMeetings>[1]) => listMeetings(deps, input)),
    showMeeting: guard((input: Parameters<typeof showMeeting>[1]) => showMeeting(deps, input)),
    importAgendaIntoMeeting: guard((input: Parameters<typeof importAgendaIntoMeeting>[1]) =>
      importAgendaIntoMeeting(deps, input),
    ),
    cancelMeeting: guard((input: Parameters<typeof cancelMeeting>[1]) =>
      cancelMeeting(deps, input),
    ),
    moveMeeting: guard((input: Parameters<typeof moveMeeting>[1]) => moveMeeting(deps, input)),
    publishAgenda: guard((input: Parameters<typeof publishAgenda>[1]) =>
      publishAgenda(deps, input),
    ),
  };
}

export type MeetingUseCases = ReturnType<typeof createMeetingUseCases>;

declare module '../use-cases.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's use cases to UseCases
  interface UseCases extends MeetingUseCases {}
}
