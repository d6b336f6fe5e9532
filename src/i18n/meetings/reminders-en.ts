import type { Translation } from '../messages.ts';
import type { remindersDa } from './reminders-da.ts';

/** English for moving a meeting, sending out its agenda, its reminders and its calendar invitation. */
export const remindersEn = {
  'error.meeting_afbud_deadline_after_start':
    'The afbud deadline must come before the meeting starts. Choose an earlier deadline.',
  'cli.hint.meeting_afbud_deadline_after_start':
    'Give a new one with --afbud-deadline "YYYY-MM-DD HH:MM".',
  'error.meeting_nothing_to_move':
    'Say what moves: a new start or end time or a new afbud deadline.',
  'cli.hint.meeting_nothing_to_move':
    'Use --start "YYYY-MM-DD HH:MM", --end HH:MM or --afbud-deadline "YYYY-MM-DD HH:MM".',
  'cli.meeting.moved': (p) => `The meeting “${p['title']}” has moved to ${p['when']}.`,
  'cli.meeting.published': (p) =>
    `The agenda of “${p['title']}” ${p['when']} is sent out, and the council is told.`,
  'cli.meeting.published_again': (p) =>
    `The agenda of “${p['title']}” ${p['when']} is sent out again. Nobody is told the same thing twice.`,
  'cli.meeting.reminders.heading': 'Reminders:',
  'cli.meeting.reminders.none': 'There are no reminders left to send before the meeting.',
  'cli.meeting.reminders.not_published':
    'The reminders are planned when the agenda is sent out (“meeting publish”).',
  'cli.meeting.reminders.at': (p) => `  ${p['date']} at ${p['time']}  ${p['what']}`,
  'meeting.reminder.afbud-deadline':
    'the day before the afbud deadline, to those who have not answered',
  'meeting.reminder.day-before': 'the day before the meeting',
  'meeting.reminder.hour-before': 'an hour before the meeting',
  'cli.meeting.invitation.hint': (p) =>
    `Send the members the new calendar invitation: npm run cli -- meeting invitation ${p['id']} --out ${p['id']}.ics`,
  'cli.meeting.invitation.written': (p) => `The calendar invitation was written to ${p['path']}.`,
} satisfies Translation<typeof remindersDa>;
