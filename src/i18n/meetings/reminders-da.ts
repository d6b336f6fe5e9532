import type { Params } from '../messages.ts';

/** Danish for moving a meeting, sending out its agenda, its reminders and its calendar invitation. */
export const remindersDa = {
  'error.meeting_afbud_deadline_after_start':
    'Afbudsfristen skal ligge før mødet begynder. Vælg en tidligere frist.',
  'cli.hint.meeting_afbud_deadline_after_start':
    'Angiv en ny med --afbud-deadline "ÅÅÅÅ-MM-DD TT:MM".',
  'error.meeting_nothing_to_move':
    'Angiv, hvad der flyttes: et nyt start- eller sluttidspunkt eller en ny afbudsfrist.',
  'cli.hint.meeting_nothing_to_move':
    'Brug --start "ÅÅÅÅ-MM-DD TT:MM", --end TT:MM eller --afbud-deadline "ÅÅÅÅ-MM-DD TT:MM".',
  'cli.meeting.moved': (p: Params) => `Mødet «${p['title']}» er flyttet til ${p['when']}.`,
  'cli.meeting.published': (p: Params) =>
    `Dagsordenen til «${p['title']}» ${p['when']} er udsendt, og rådet får besked.`,
  'cli.meeting.published_again': (p: Params) =>
    `Dagsordenen til «${p['title']}» ${p['when']} er udsendt igen. Ingen får samme besked to gange.`,
  'cli.meeting.reminders.heading': 'Påmindelser:',
  'cli.meeting.reminders.none': 'Der er ingen påmindelser tilbage at sende før mødet.',
  'cli.meeting.reminders.not_published':
    'Påmindelserne planlægges, når dagsordenen udsendes («meeting publish»).',
  'cli.meeting.reminders.at': (p: Params) => `  ${p['date']} kl. ${p['time']}  ${p['what']}`,
  'meeting.reminder.afbud-deadline': 'dagen før afbudsfristen, til dem, der ikke har svaret',
  'meeting.reminder.day-before': 'dagen før mødet',
  'meeting.reminder.hour-before': 'en time før mødet',
  'cli.meeting.invitation.hint': (p: Params) =>
    `Send medlemmerne den nye kalenderinvitation: npm run cli -- meeting invitation ${p['id']} --out ${p['id']}.ics`,
  'cli.meeting.invitation.written': (p: Params) =>
    `Kalenderinvitationen er skrevet til ${p['path']}.`,
} as const;
