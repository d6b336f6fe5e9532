import type { Translation } from '../messages.ts';
import type { attendanceDa } from './attendance-da.ts';

/** English for afbud to a meeting, "coming", attendance and the approval of the minutes. */
export const attendanceEn = {
  'error.meeting_already_begun':
    'The meeting has begun (or been held), so afbud and "coming" cannot be changed here any more. Tell the secretariat directly.',
  'error.afbud_by_substitute':
    'As a substitute you do not send afbud yourself: you only take part when your member has sent afbud. If you cannot come, tell the secretariat so the seat is not left empty without notice.',
  'error.substitute_not_called':
    'Your member has not sent afbud for the meeting, so the seat is theirs. You need not answer.',
  'error.not_invited':
    "Only the council's members and observers send afbud or say they are coming; the secretariat runs the meeting.",
  'error.no_meeting_afbud': 'No afbud was sent for the meeting, so there is nothing to withdraw.',
  'error.guest_not_found':
    "There is no guest or presenter by that name at the meeting. Check the name on the meeting's attendance list.",
  'cli.hint.guest_not_found': 'See the guests and presenters with "meeting attendance MEETING".',
  'error.meeting_not_begun':
    'The meeting has not begun yet: the minutes can be sent for approval once the meeting is under way or held.',
  'error.minutes_deadline_invalid':
    'The approval deadline must be after now, as YYYY-MM-DD HH:MM, e.g. 2026-12-10 12:00.',
  'error.minutes_already_sent': 'The minutes have already been sent for approval.',
  'error.minutes_not_sent':
    'The minutes have not been sent for approval yet. They can be approved once the secretariat has sent them.',
  'cli.hint.minutes_not_sent': 'The secretariat sends them with "meeting approve MEETING --send".',
  'error.minutes_already_approved': 'The minutes are already approved and cannot be changed.',
  'error.not_a_participant':
    'Only those who took part in the meeting approve the minutes. If you think you took part, tell the secretariat.',

  'cli.attendance.afbud_sent': (p) =>
    `Afbud for "${p['title']}" ${p['when']} is registered for ${p['name']}${p['reason'] ? ` (${p['reason']})` : ''}.`,
  'cli.attendance.afbud_repeat': (p) =>
    `${p['name']} has already sent afbud for "${p['title']}" ${p['when']}. Nothing was changed.`,
  'cli.attendance.seat_to_substitute': (p) =>
    `The substitute ${p['substitute']} holds the seat at the meeting and in the hearings on its agenda.`,
  'cli.attendance.seat_empty': 'There is no substitute, so the seat is empty at the meeting.',
  'cli.attendance.after_deadline': (p) =>
    `The afbud deadline (${p['deadline']}) has passed. The afbud is registered, but also tell the secretariat by phone or mail if it matters for the meeting.`,
  'cli.attendance.afbud_withdrawn': (p) =>
    `The afbud for "${p['title']}" ${p['when']} is withdrawn: ${p['name']} has the seat again.`,
  'cli.attendance.coming': (p) =>
    `Thank you. ${p['name']} is coming to "${p['title']}" ${p['when']}.`,
  'cli.attendance.coming_withdrew_afbud': 'The afbud is withdrawn, and the seat is yours again.',

  'cli.attendance.title': (p) => `Attendance for "${p['title']}" ${p['when']}`,
  'cli.attendance.coming_list': (p) => `Coming (${p['count']}): ${p['names']}`,
  'cli.attendance.unanswered_list': (p) => `Not answered (${p['count']}): ${p['names']}`,
  'cli.attendance.afbud_list': (p) => `Sent afbud (${p['count']}):`,
  'cli.attendance.afbud_line_substitute': (p) =>
    `- ${p['name']}${p['reason'] ? ` (${p['reason']})` : ''} – the substitute ${p['substitute']} holds the seat`,
  'cli.attendance.afbud_line_empty': (p) =>
    `- ${p['name']}${p['reason'] ? ` (${p['reason']})` : ''} – no substitute, the seat is empty`,
  'cli.attendance.nobody': 'nobody',
  'cli.attendance.imported':
    'The attendance below is from the imported minutes; it is not rebuilt from the roster.',
  'cli.attendance.guest_added': (p) => `Added to the meeting: ${p['name']} (${p['group']}).`,
  'cli.attendance.guest_updated': (p) =>
    `${p['name']} was already added; the details are updated (${p['group']}).`,
  'cli.attendance.guest_removed': (p) => `Removed from the meeting: ${p['name']}.`,
  'cli.attendance.missing_organisation':
    'Give the guest\'s organisation or group with --organisation, e.g. --organisation FH or --organisation "Baglande repræsentanter".',

  'cli.approval.sent': (p) =>
    `The minutes of "${p['title']}" ${p['when']} were sent for approval to ${p['count']} participants, deadline ${p['deadline']}.`,
  'cli.approval.missing_deadline':
    'Give the approval deadline with --deadline "YYYY-MM-DD HH:MM", e.g. --deadline "2026-12-10 12:00".',
  'cli.approval.approved': (p) =>
    `Thank you. ${p['name']} approved the minutes of "${p['title']}" ${p['at']}.`,
  'cli.approval.approved_repeat': (p) =>
    `${p['name']} already approved the minutes of "${p['title']}" ${p['at']}; that approval stands. Nothing was changed.`,
  'cli.approval.remark': (p) => `Remark: ${p['comment']}`,
  'cli.approval.status_title': (p) =>
    `Approval of the minutes of "${p['title']}" ${p['when']}: ${p['status']}`,
  'cli.approval.deadline': (p) => `Deadline: ${p['deadline']}`,
  'cli.approval.approved_list': (p) => `Approved (${p['count']}):`,
  'cli.approval.approved_line': (p) =>
    `- ${p['name']} ${p['at']}${p['comment'] ? ` – "${p['comment']}"` : ''}`,
  'cli.approval.waiting_list': (p) => `Waiting for (${p['count']}): ${p['names']}`,
  'cli.approval.close_needs_yes': (p) =>
    `Mark the minutes of "${p['title']}" ${p['when']} as approved? ${p['approved']} of ${p['total']} participants have approved. It cannot be undone. Repeat the command with --yes. Nothing was changed.`,
  'cli.approval.closed': (p) => `The minutes of "${p['title']}" ${p['when']} are approved.`,
  'cli.approval.at': (p) => `${p['date']} at ${p['time']}`,
} satisfies Translation<typeof attendanceDa>;
