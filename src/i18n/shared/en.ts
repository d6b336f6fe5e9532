import type { Translation } from '../messages.ts';
import type { da } from './da.ts';

/** English for what every capability says. Every Danish key must exist here (typechecked). */
export const en = {
  // errors: the generic codes of src/domain/errors.ts, and the unforeseen
  'error.invalid_input': (p) => `${p['field']}: ${p['problem']}`,
  'error.store_unavailable':
    'Rådsbot cannot reach its database right now. Please try again shortly — nothing was lost.',
  'error.outcome_unknown':
    'The connection to the database was lost while your answer was being saved, so we do not know whether it was recorded. Look at the hearing shortly, and try again if your answer is not there.',
  'error.unexpected':
    'Something went wrong in Rådsbot. Please try again; if it happens again, contact the secretariat.',

  // what is wrong with one field
  'problem.required': 'is required.',
  'problem.too_long': (p) => `must be at most ${p['limit']} characters.`,
  'problem.too_small': (p) => `must be at least ${p['limit']}.`,
  'problem.too_big': (p) => `must be at most ${p['limit']}.`,
  'problem.invalid_option': (p) => `choose one of: ${p['options']}.`,
  'problem.invalid_date': (p) =>
    p['example'] === undefined
      ? 'must be a valid date (YYYY-MM-DD).'
      : `must be a valid date (YYYY-MM-DD), e.g. ${p['example']}.`,
  'problem.invalid_time': 'must be a time of day (HH:MM), e.g. 12:00.',
  'problem.invalid': 'is not valid.',

  // field names, as the forms label them
  'field.councilId': 'Council',
  'field.actorId': 'User',

  // the way back from a confirmation
  'confirm.cancel': 'Cancel',

  // help
  'help.title': 'Rådsbot — help',
  'help.intro': "Rådsbot keeps the council's hearings in one place. You can type:",
  'help.command.help': 'help — shows this help',
  'help.unknown': (p) => `I did not understand "${p['text']}".`,

  // command line (src/bot/cli): the secretariat types flags, so errors name them
  'cli.help.intro': `Rådsbot — the secretariat's command line`,
  'cli.help.footer': `Times are the council's local time. --council may be left out when there is one council.
Exit codes: 0 done, 1 refused, 2 bad input, 3 database unreachable.`,
  'cli.unknown_command': (p) => `Unknown command: "${p['text']}".`,
  'cli.unknown_option': (p) =>
    `Unknown flag: ${p['option']}. The help below lists the flags each command takes.`,
  'cli.option_needs_value': (p) => `Give a value after ${p['option']}.`,
  'cli.option_takes_no_value': (p) => `${p['option']} takes no value; write just ${p['option']}.`,
  'cli.flag_problem': (p) => `${p['flag']}: ${p['problem']}`,
  'cli.missing': (p) => `Please give ${p['flag']}.`,
  'cli.or': 'or',
  'cli.cannot_read': (p) => `Cannot read the file ${p['path']}.`,
  'cli.cannot_write': (p) => `Cannot write the file ${p['path']}.`,

  // Teams surface (src/bot/teams): what only Teams' cards and chats need
  'teams.help.channel_hint':
    'In a channel or group chat, mention @Rådsbot first, e.g. "@Rådsbot my hearings".',

  // Slack surface (src/bot/slack): what only chat with buttons and modals needs
  'slack.modal.cancel': 'Cancel',
  'slack.modal.close': 'Close',
  'slack.help.help': '/raad help — shows this help',
} satisfies Translation<typeof da>;
