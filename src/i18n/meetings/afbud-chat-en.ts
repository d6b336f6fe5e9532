import type { Params, Translation } from '../messages.ts';
import type { afbudChatDa } from './afbud-chat-da.ts';

/** English for afbud to a meeting in chat, the suppleant's messages and the meeting reminders as DMs. */
export const afbudChatEn = {
  'meeting.button.withdraw_afbud': 'Withdraw apologies',
  'meeting.button.coming': "I'm coming",

  'meeting.dm.day_before': (p: Params) =>
    `Reminder: tomorrow there is a meeting: "${p['title']}" ${p['when']}.`,
  'meeting.dm.hour_before': (p: Params) =>
    `Reminder: "${p['title']}" begins in an hour, ${p['when']}.`,
  'meeting.dm.afbud_reminder': (p: Params) =>
    `Are you coming to "${p['title']}" ${p['when']}? Send apologies by ${p['deadline']}, or say that you are coming.`,
  'meeting.dm.afbud_reminder_open': (p: Params) =>
    `Are you coming to "${p['title']}" ${p['when']}? Send apologies, or say that you are coming.`,
  'meeting.dm.holds_seat': (p: Params) =>
    `You hold ${p['member']}'s seat at the meeting, as ${p['member']} has sent apologies.`,
  'meeting.dm.seat_substituted': (p: Params) =>
    `${p['member']} has sent apologies for "${p['title']}" ${p['when']}. You hold the seat: you attend the meeting and answer the hearings on its agenda.`,
  'meeting.dm.seat_returned': (p: Params) =>
    `${p['member']} has withdrawn their apologies for "${p['title']}" ${p['when']}, so the seat is theirs again. You need not attend.`,
  'meeting.dm.agenda_published': (p: Params) =>
    `The agenda for "${p['title']}" ${p['when']} is out.`,
  'meeting.dm.agenda_in_channel': "The whole agenda is in the council's channel.",

  'meeting.afbud_modal.title': 'Apologies',
  'meeting.afbud_modal.submit': 'Send apologies',
  'meeting.afbud_modal.reason': 'Reason (optional)',
  'meeting.afbud_modal.intro': (p: Params) =>
    `Apologies for "${p['title']}" ${p['when']}. Your substitute holds your seat at the meeting and in the hearings on its agenda.`,
  'meeting.afbud_modal.done_title': 'Apologies sent',
  'meeting.afbud.sent_substitute': (p: Params) =>
    `Your apologies for "${p['title']}" ${p['when']} are registered. ${p['substitute']} holds your seat at the meeting and in the hearings on its agenda and has been told.`,
  'meeting.afbud.sent_no_substitute': (p: Params) =>
    `Your apologies for "${p['title']}" ${p['when']} are registered. You have no substitute, so the seat stays empty.`,
  'meeting.afbud.repeat': (p: Params) =>
    `You have already sent apologies for "${p['title']}" ${p['when']}. Nothing changed.`,
  'meeting.afbud.after_deadline':
    'The deadline for apologies has passed: please tell the secretariat by phone or mail too.',
  'meeting.afbud.withdrawn': (p: Params) =>
    `Your apologies for "${p['title']}" ${p['when']} are withdrawn, and the seat is yours again.`,
  'meeting.afbud.substitute_told': (p: Params) => `${p['substitute']} has been told.`,
  'meeting.coming.noted': (p: Params) =>
    `Thank you. You are noted as attending "${p['title']}" ${p['when']}.`,
  'meeting.afbud.heading': 'Apologies for the meeting',

  'meeting.absence.meeting': 'An upcoming meeting',
  'meeting.absence.meeting_placeholder': 'Choose a meeting',
} satisfies Translation<typeof afbudChatDa>;
