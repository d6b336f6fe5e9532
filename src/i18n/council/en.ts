import type { Translation } from '../messages.ts';
import type { da } from './da.ts';

/** English for the council capability. Every Danish key must exist here (typechecked). */
export const en = {
  // errors: the codes of src/domain/council/errors.ts
  'error.not_on_roster': 'You are not registered in the council — please contact the secretariat.',
  'error.no_voting_right':
    'You have no vote in the council. You can follow the hearing but not vote.',
  'error.seat_held_by_substitute':
    'You have sent apologies, so your substitute holds your vote in this hearing. Contact the secretariat to withdraw your apologies.',
  'error.substitute_not_active':
    'You can only vote as a substitute when your member has sent apologies.',
  'error.recused':
    'You declared a conflict of interest in this matter and take no part in the hearing.',
  'error.not_allowed_to_bind': (p) =>
    `Only the secretariat and the chair group of ${p['council']} can link a conversation to the council.`,
  'error.bound_to_other_council': (p) =>
    `This conversation belongs to ${p['council']}. Only the secretariat or the chair group of ${p['council']} can move it to another council.`,
  'error.member_not_found': 'That member is not on the council roster.',
  'error.council_not_found': 'The council does not exist. Import a roster first (roster import).',
  'error.absence_period_invalid':
    'The absence period is invalid: "to" must be on or after "from", and not in the past.',
  'error.roster_invalid': 'The roster has errors and was not imported.',

  // what is wrong with one field
  'problem.invalid_slack_team': 'must be a Slack team id (starts with T).',
  'problem.invalid_slack_user': 'must be a Slack user id (starts with U or W).',
  'problem.invalid_time_zone': 'must be a time zone like Europe/Copenhagen.',
  'problem.invalid_yaml': 'the file is not valid YAML.',
  'problem.invalid_csv': 'the file is not valid CSV (check the columns and quotes).',
  'problem.duplicate_id': (p) => `id "${p['id']}" is used twice.`,
  'problem.substitute_without_member':
    'a substitute needs "substituteFor" (the member they stand in for).',
  'problem.substitute_for_unknown': (p) => `"${p['id']}" is not on the list.`,
  'problem.substitute_for_non_seat': (p) => `"${p['id']}" holds no voting seat.`,
  'problem.second_substitute': (p) => `"${p['id']}" already has the substitute "${p['other']}".`,
  'problem.substitute_for_on_non_substitute': 'only a substitute can have "substituteFor".',
  'problem.identity_taken': (p) => `that chat identity already belongs to "${p['other']}".`,
  'roster.problem_line': (p) => `Line ${p['line']}, field "${p['field']}": ${p['problem']}`,

  // field names, as the forms label them
  'field.memberId': 'Member',
  'field.from': 'From',
  'field.to': 'To',
  'field.text': 'File',

  // afbud (absence), on every surface
  'absence.recorded_hearing': (p) =>
    `Apologies recorded for the hearing "${p['title']}". Your substitute now holds your vote.`,
  'absence.recorded_period': (p) =>
    `Apologies recorded from ${p['from']} to ${p['to']}. Your substitute holds your vote in that period.`,
  'absence.recorded_hearing_alone': (p) =>
    `Apologies recorded for the hearing "${p['title']}". You have no substitute, so nobody votes for your seat in this hearing.`,
  'absence.recorded_period_alone': (p) =>
    `Apologies recorded from ${p['from']} to ${p['to']}. You have no substitute, so nobody votes for your seat in that period.`,
  'absence.hint':
    'Your substitute holds your vote while you are away. Choose one hearing or a period.',
  'absence.hearing': 'For one hearing',
  'absence.hearing_placeholder': 'Choose a hearing',
  'absence.no_hearings': 'There are no open hearings right now — send apologies for a period.',
  'absence.choose': 'Choose a hearing, or both "From" and "To".',
  'absence.submit': 'Send apologies',

  // help
  'help.command.absence': 'afbud — send apologies so your substitute can vote',

  // command line (src/bot/cli): the secretariat types flags, so errors name them
  'cli.help.council': `  npm run cli -- roster import FILE [--council ID] [--name NAME]  import the roster (YAML or CSV)
  npm run cli -- roster show [--council ID]                       show the roster
  npm run cli -- council list                                     list the councils
  npm run cli -- workspace bind slack|teams ID [--council ID] [--force]  bind a Slack workspace / Teams tenant to the council`,
  'cli.choose_council': (p) =>
    `Choose the council with --council, e.g. --council ${p['first']} (councils: ${p['ids']}).`,
  'cli.no_council_yet':
    'No council is imported yet. Import its roster with "npm run cli -- roster import FILE".',
  'cli.missing.--as':
    'Say whom you act as: --as and an id from the roster, e.g. --as sekretariat. See the ids with "npm run cli -- roster show".',
  'cli.missing.FIL': 'Give the file after the command: a roster in YAML or CSV.',
  'cli.missing.workspace': (p) =>
    `Give ${p['platform'] === 'slack' ? 'the Slack workspace’s team id (starts with T)' : 'the Teams tenant id'} after "workspace bind ${p['platform']}".`,
  'cli.arg.file': 'FILE',
  'cli.error.absence_period_invalid':
    'The absence period is invalid: --to must be the same day as --from or later, and not in the past.',
  'cli.error.council_not_found':
    'The council does not exist. See the councils with "npm run cli -- council list", or import one with "npm run cli -- roster import FILE".',
  'cli.error.not_on_roster':
    'The id after --as is not on the council’s roster. See the ids with "npm run cli -- roster show".',
  'cli.error.member_not_found':
    'The id after --as is not on the council’s roster. See the ids with "npm run cli -- roster show".',
  'cli.roster_imported': (p) =>
    `The roster of ${p['name']} (${p['id']}) is imported: ${p['count']} people.`,
  'cli.workspace_usage':
    'Give slack or teams and the workspace id, e.g. "workspace bind slack T0123".',
  'cli.workspace_bound.slack': (p) =>
    `The Slack workspace ${p['id']} is now bound to ${p['council']}.`,
  'cli.workspace_bound.teams': (p) =>
    `The Teams tenant ${p['id']} is now bound to ${p['council']}.`,
  'cli.workspace_held.slack': (p) =>
    `The Slack workspace ${p['id']} is bound to ${p['holder']}. Add --force to move it to ${p['council']}; members of ${p['holder']} can then no longer use Rådsbot from there.`,
  'cli.workspace_held.teams': (p) =>
    `The Teams tenant ${p['id']} is bound to ${p['holder']}. Add --force to move it to ${p['council']}; members of ${p['holder']} can then no longer use Rådsbot from there.`,
  'cli.workspace_moved.slack': (p) =>
    `The Slack workspace ${p['id']} has moved from ${p['from']} to ${p['council']}.`,
  'cli.workspace_moved.teams': (p) =>
    `The Teams tenant ${p['id']} has moved from ${p['from']} to ${p['council']}.`,

  // Teams surface (src/bot/teams): what only Teams' cards and chats need
  'teams.not_bound':
    'This conversation is not linked to a council in Rådsbot yet. The secretariat links it by typing "bind <council-id>" to Rådsbot here.',
  'teams.bind.invite': (p) =>
    `Hello, I am Rådsbot. The secretariat links this conversation to the council by typing "@Rådsbot bind <council-id>". Councils in Rådsbot: ${p['councils']}.`,
  'teams.bind.no_councils':
    "Hello, I am Rådsbot. No council has been loaded yet; the secretariat first imports the council's roster.",
  'teams.bind.done_channel': (p) =>
    `This conversation is now the council channel of ${p['council']}. New hearings are posted here. Type "@Rådsbot help" to see what I can do.`,
  'teams.bind.done_personal': (p) =>
    `Personal chats with Rådsbot in this organisation now belong to ${p['council']}.`,
  'teams.bind.usage': 'Type "bind <council-id>", e.g. "bind rar-vest".',
  'teams.bind.unknown_council': (p) =>
    `There is no council "${p['id']}". Councils in Rådsbot: ${p['councils']}.`,
  'teams.bind.confirm_heading': 'Move to another council?',
  'teams.bind.confirm_channel': (p) =>
    `This conversation belongs to ${p['from']} today. If it moves to ${p['council']}, hearings of ${p['from']} no longer come here, and those of ${p['council']} do instead.`,
  'teams.bind.confirm_personal': (p) =>
    `The personal chats of this organisation belong to ${p['from']} today. If they move to ${p['council']}, members of ${p['from']} can no longer use Rådsbot in their personal chat.`,
  'teams.bind.confirm_move': (p) => `Yes, move to ${p['council']}`,
  'teams.bind.kept': (p) => `Nothing changed: the conversation still belongs to ${p['from']}.`,
  'teams.welcome.channel': (p) =>
    `Hello! I am Rådsbot for ${p['council']}. New hearings are posted here in the channel. Type "@Rådsbot help" to see what I can do.`,
  'teams.welcome.personal': (p) =>
    `Hello ${p['name']}! I am Rådsbot. You get reminders about hearings here, and "my hearings" shows your open hearings to answer. Type "help" for more.`,
  'teams.help.bind':
    'bind <council-id> — links this channel or chat to the council (secretariat and chair group)',
  'teams.absence.heading': 'Send apologies (afbud)',
  'teams.absence.period': 'Or for a period',

  // Slack surface (src/bot/slack): what only chat with buttons and modals needs
  'slack.not_bound': (p) =>
    `This Slack workspace (${p['teamId']}) is not linked to a council in Rådsbot yet. Ask the secretariat to link it to the council; then /hoering and /raad work here.`,
  'slack.absence_modal.done_title': 'Apologies recorded',
  'slack.help.absence':
    '/raad afbud — send apologies for a hearing or a period, so your substitute can vote',
} satisfies Translation<typeof da>;
