import type { Params } from '../messages.ts';

/** English for a member's next meeting, the follow-up sheet and fremmøde in chat. */
export const homeEn = {
  'error.follow_up_not_owner': "Only the point's owner (or the secretariat) can mark it as done.",

  // the next meeting
  'meeting.next.heading': 'Next meeting',
  'meeting.next.title': (p: Params) => `${p['title']}`,
  'meeting.next.when': (p: Params) => `${p['date']}, ${p['from']} to ${p['to']}`,
  'meeting.next.online': 'Join online',
  'meeting.next.afbud_deadline': (p: Params) => `Afbud deadline: ${p['date']} at ${p['time']}`,
  'meeting.next.agenda': 'Agenda',
  'meeting.next.agenda_not_published': 'The agenda has not been published yet.',
  'meeting.next.no_items': 'There are no items on the agenda yet.',
  'meeting.next.more_items': (p: Params) =>
    Number(p['count']) === 1
      ? '… and one more item on the agenda.'
      : `… and ${p['count']} more items on the agenda.`,
  'meeting.next.none':
    'No meeting is planned yet. When the secretariat puts the next meeting in the calendar, it shows here.',
  'meeting.next.status.coming': 'You said you are coming.',
  'meeting.next.status.unanswered':
    'You have not answered yet. If you cannot come, send afbud so your suppleant can take your seat.',
  'meeting.next.status.afbud_substitute': (p: Params) =>
    `You sent afbud${p['reason'] ? ` (${p['reason']})` : ''}. Your suppleant ${p['substitute']} holds your seat.`,
  'meeting.next.status.afbud_empty': (p: Params) =>
    `You sent afbud${p['reason'] ? ` (${p['reason']})` : ''}. You have no suppleant, so the seat stays empty.`,
  'meeting.next.status.holds_seat': (p: Params) =>
    `You hold ${p['member']}'s seat at the meeting, because ${p['member']} sent afbud.`,
  'meeting.next.status.standby':
    'You are a suppleant: your member has not sent afbud, so the seat is theirs.',
  'meeting.next.status.not_invited':
    'You are not invited as a participant; the secretariat runs the meeting.',
  'meeting.next.begun': 'The meeting is under way.',
  'meeting.next.afbud': 'Afbud',
  'meeting.next.withdraw_afbud': 'Withdraw afbud',
  'meeting.next.minutes_heading': 'Minutes to approve',
  'meeting.next.minutes_line': (p: Params) =>
    `The minutes of ${p['title']} ${p['date']} await your approval${p['deadline'] ? ` (deadline ${p['deadline']})` : ''}.`,
  'meeting.next.more_minutes': (p: Params) =>
    Number(p['count']) === 1 ? '… and one more referat.' : `… and ${p['count']} more referater.`,
  'meeting.next.text': (p: Params) => `Next meeting: ${p['title']} ${p['when']}`,

  // the follow-up sheet in chat
  'meeting.chat.show_more': 'Show more',
  'meeting.followup_chat.heading': 'Follow-up',
  'meeting.followup_chat.none': 'There are no open follow-up points.',
  'meeting.followup_chat.meeting': (p: Params) => `${p['title']}, ${p['date']}`,
  'meeting.followup_chat.point': (p: Params) => `${p['item']} ${p['title']}`,
  'meeting.followup_chat.facts': (p: Params) =>
    `Owner: ${p['owner']} · Due: ${p['due']} · Status: ${p['status']} · ${p['id']}`,
  'meeting.followup_chat.not_set': 'none',
  'meeting.followup_chat.mark_done': 'Mark as done',
  'meeting.followup_chat.marked': (p: Params) =>
    `Point ${p['item']} from ${p['title']} is marked as done.`,
  'meeting.followup_chat.more': (p: Params) =>
    `… and ${p['count']} more points. The secretariat has the whole follow-up sheet.`,
  'meeting.followup_chat.text': 'The follow-up sheet',

  // the secretariat's fremmøde in chat
  'meeting.attendance_chat.heading': 'Attendance',
  'meeting.attendance_chat.only_secretariat':
    'Only the secretariat and the chair group can see the attendance and add guests.',
  'meeting.attendance_chat.no_meeting':
    'No meeting is planned. Type the meeting id after the command to see a given meeting, e.g. "attendance m0001".',
  'meeting.attendance_chat.add_guest': 'Add guest',
  'meeting.attendance_chat.guest_form_title': 'Guest or presenter',
  'meeting.attendance_chat.guest_name': 'Name',
  'meeting.attendance_chat.guest_organisation': 'Organisation or group',
  'meeting.attendance_chat.guest_note': 'Note (e.g. bagland)',
  'meeting.attendance_chat.guest_presenter': 'Presenter (oplægsholder)',
  'meeting.attendance_chat.guest_item': 'Presents under item',
  'meeting.attendance_chat.under_item': (p: Params) => `under punkt ${p['item']}`,
  'meeting.attendance_chat.save': 'Add',
  'meeting.attendance_chat.field_missing': (p: Params) => `Fill in the field "${p['field']}".`,
  'meeting.attendance_chat.guest_added': (p: Params) =>
    `${p['name']} is added to ${p['title']} (${p['group']}).`,

  // help
  'slack.help.next_meeting':
    '/raad next — your next meeting, your status and afbud (also in the Home tab)',
  'slack.help.follow_up': '/raad follow-up — the open follow-up points; mark your own as done',
  'slack.help.attendance':
    '/raad attendance [MEETING] — who comes, afbud and suppleants; add guests (secretariat and chair group)',
  'help.command.next_meeting': 'next meeting — your next meeting, your status and afbud',
  'help.command.follow_up': 'follow-up — the open follow-up points; mark your own as done',
  'help.command.attendance':
    'attendance [MEETING] — who comes, afbud and suppleants; add guests (secretariat)',
} as const;
