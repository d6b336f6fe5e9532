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
import { recordDecision } from './record-decision.ts';
import { noteItem } from './note-item.ts';
import { decisionDraft } from './decision-draft.ts';
import { decisionAudit } from './decision-audit.ts';
import { listFollowUp, setFollowUp } from './follow-up-sheet.ts';
import { sendMeetingAfbud } from './send-meeting-afbud.ts';
import { withdrawMeetingAfbud } from './withdraw-meeting-afbud.ts';
import { markComing } from './mark-coming.ts';
import { memberMeetingView } from './member-meeting-view.ts';
import { upcomingMeetings } from './upcoming-meetings.ts';
import { addMeetingGuest, meetingAttendance, removeMeetingGuest } from './meeting-attendance.ts';
import { sendMinutesForApproval } from './send-minutes-for-approval.ts';
import { approveMinutes, minutesApprovalStatus } from './approve-minutes.ts';
import { closeMinutesApproval } from './close-minutes-approval.ts';
import { minutesChatUseCases } from './minutes-chat.ts';
import { minutesLinkUseCases } from './minutes-links.ts';
import { invitationLinkUseCases } from './invitation-links.ts';
import { listPublishableMeetings } from './list-publishable-meetings.ts';
import { nextMeetingForMember } from './next-meeting-for-member.ts';
import { markFollowUpDone } from './mark-follow-up-done.ts';
import { followUpForMember } from './follow-up-for-member.ts';
import { pendingImportUseCases } from './pending-import-use-cases.ts';

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
    // decisions and the follow-up sheet
    recordDecision: guard((input: Parameters<typeof recordDecision>[1]) =>
      recordDecision(deps, input),
    ),
    noteItem: guard((input: Parameters<typeof noteItem>[1]) => noteItem(deps, input)),
    decisionDraft: guard((input: Parameters<typeof decisionDraft>[1]) =>
      decisionDraft(deps, input),
    ),
    decisionAudit: guard((input: Parameters<typeof decisionAudit>[1]) =>
      decisionAudit(deps, input),
    ),
    listFollowUp: guard((input: Parameters<typeof listFollowUp>[1]) => listFollowUp(deps, input)),
    setFollowUp: guard((input: Parameters<typeof setFollowUp>[1]) => setFollowUp(deps, input)),
    // afbud, "coming" and attendance
    sendMeetingAfbud: guard((input: Parameters<typeof sendMeetingAfbud>[1]) =>
      sendMeetingAfbud(deps, input),
    ),
    withdrawMeetingAfbud: guard((input: Parameters<typeof withdrawMeetingAfbud>[1]) =>
      withdrawMeetingAfbud(deps, input),
    ),
    markComing: guard((input: Parameters<typeof markComing>[1]) => markComing(deps, input)),
    memberMeetingView: guard((input: Parameters<typeof memberMeetingView>[1]) =>
      memberMeetingView(deps, input),
    ),
    upcomingMeetings: guard((input: Parameters<typeof upcomingMeetings>[1]) =>
      upcomingMeetings(deps, input),
    ),
    meetingAttendance: guard((input: Parameters<typeof meetingAttendance>[1]) =>
      meetingAttendance(deps, input),
    ),
    addMeetingGuest: guard((input: Parameters<typeof addMeetingGuest>[1]) =>
      addMeetingGuest(deps, input),
    ),
    removeMeetingGuest: guard((input: Parameters<typeof removeMeetingGuest>[1]) =>
      removeMeetingGuest(deps, input),
    ),
    // approving the minutes
    sendMinutesForApproval: guard((input: Parameters<typeof sendMinutesForApproval>[1]) =>
      sendMinutesForApproval(deps, input),
    ),
    approveMinutes: guard((input: Parameters<typeof approveMinutes>[1]) =>
      approveMinutes(deps, input),
    ),
    minutesApprovalStatus: guard((input: Parameters<typeof minutesApprovalStatus>[1]) =>
      minutesApprovalStatus(deps, input),
    ),
    closeMinutesApproval: guard((input: Parameters<typeof closeMinutesApproval>[1]) =>
      closeMinutesApproval(deps, input),
    ),
    ...minutesLinkUseCases(deps),
    ...invitationLinkUseCases(deps),
    listPublishableMeetings: guard((input: Parameters<typeof listPublishableMeetings>[1]) =>
      listPublishableMeetings(deps, input),
    ),
    // a member's next meeting, and the follow-up sheet in chat
    nextMeetingForMember: guard((input: Parameters<typeof nextMeetingForMember>[1]) =>
      nextMeetingForMember(deps, input),
    ),
    markFollowUpDone: guard((input: Parameters<typeof markFollowUpDone>[1]) =>
      markFollowUpDone(deps, input),
    ),
    followUpForMember: guard((input: Parameters<typeof followUpForMember>[1]) =>
      followUpForMember(deps, input),
    ),
    ...minutesChatUseCases(deps),
    ...pendingImportUseCases(deps),
  };
}

export type MeetingUseCases = ReturnType<typeof createMeetingUseCases>;

declare module '../use-cases.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's use cases to UseCases
  interface UseCases extends MeetingUseCases {}
}
