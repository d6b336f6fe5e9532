import type { Params, Translation } from '../messages.ts';
import type { cliDa } from './cli-da.ts';

/** English for group discussions on the command line. */
export const cliEn = {
  'cli.help.discussions': `  npm run cli -- discussion start --title T --topic "Title|question 1|question 2" [--topic …] (--groups N | --group-size N)
        --sign-up-deadline "YYYY-MM-DD HH:MM" --window-start "YYYY-MM-DD HH:MM" --window-end "YYYY-MM-DD HH:MM"
        --summaries-due "YYYY-MM-DD HH:MM" [--room URL …] [--meeting MEETING --item ITEM] --as ID
                                                                  set up a group discussion (one --room for every group, or one per group)
  npm run cli -- discussion edit DISCUSSION [--title T] [--topic …] [--groups N | --group-size N] [--sign-up-deadline …]
        [--window-start …] [--window-end …] [--summaries-due …] [--room URL … | --no-rooms] --as ID
                                                                  change the set-up: only the flags you give change (once announced: title, time, due time, links)
  npm run cli -- discussion list [--json]                         the council's group discussions, newest first
  npm run cli -- discussion show DISCUSSION [--json]              participants, sign-ups, the proposal with its reasons, the summaries' status
  npm run cli -- discussion sign-up DISCUSSION --topic A [--volunteer ordstyrer|referent] --as ID   choose a topic (and volunteer as ordstyrer or referent)
  npm run cli -- discussion form DISCUSSION [--seed N] [--json] --as ID   form the groups (hand edits are kept)
  npm run cli -- discussion move DISCUSSION --member M --group A2 --as ID   move a participant to another group
  npm run cli -- discussion role DISCUSSION --group A1 (--referent M | --ordstyrer M) --as ID   give a role in the group to one of its members
  npm run cli -- discussion announce DISCUSSION --as ID           announce the groups: each participant gets their group, each group a message in the thread
  npm run cli -- discussion summary DISCUSSION --group A1 --answer "…" [--answer "…"] [--notes "…"] --as ID   submit or edit the group's summary
  npm run cli -- discussion compile DISCUSSION --as ID            post the opsamling now, before all groups have submitted
  npm run cli -- discussion comment DISCUSSION --deadline "YYYY-MM-DD HH:MM" --as ID   send the opsamling for comments (i høring til kommentering og supplering)
  npm run cli -- discussion cancel DISCUSSION --as ID             cancel the group discussion`,
  'discussion.cli.missing_id': (p: Params) =>
    `Name the group discussion: npm run cli -- discussion ${p['command']} DISCUSSION. List them with "discussion list".`,
  'discussion.cli.bad_number': (p: Params) =>
    `${p['flag']} must be a whole number, e.g. ${p['example']}.`,
  'discussion.cli.bad_topic': (p: Params) =>
    `--topic "${p['text']}": give the topic's title and its questions separated by |, e.g. "Green transition|Which skills are missing?".`,
  'discussion.cli.one_role': 'Give either --referent or --ordstyrer, not both.',
  'discussion.cli.started': (p: Params) =>
    `The group discussion "${p['title']}" is set up [${p['id']}]. Sign-up is open until ${p['when']}.`,
  'discussion.cli.none':
    'The council has no group discussions. Set one up with "discussion start".',
  'discussion.cli.list_line': (p: Params) =>
    `[${p['id']}] ${p['title']} — ${p['status']}${p['item']}`,
  'discussion.cli.list_item': (p: Params) => ` (item ${p['item']} of meeting ${p['meeting']})`,
  'discussion.cli.participants': (p: Params) => `Participants (${p['count']}):`,
  'discussion.cli.participant_choice': (p: Params) =>
    `${p['topic']}${p['volunteer'] ? `, volunteers as ${p['volunteer']}` : ''}`,
  'discussion.cli.no_choice': 'no topic chosen',
  'discussion.cli.holds_seat_of': (p: Params) => `suppleant for ${p['member']}`,
  'discussion.cli.sign_ups': 'Sign-ups:',
  'discussion.cli.proposal': 'Proposed groups:',
  'discussion.cli.groups': 'The groups:',
  'discussion.cli.no_proposal':
    'The groups are not formed yet. Form them with "discussion form DISCUSSION --as ID".',
  'discussion.cli.reasons': 'Reasons:',
  'discussion.cli.manual': (p: Params) =>
    `Hand edits: ${p['count']} (kept when the groups are formed again)`,
  'discussion.cli.summaries': 'Summaries:',
  'discussion.cli.signed_up': (p: Params) => `You are signed up for ${p['topic']}.`,
  'discussion.cli.no_preference': 'You have no topic and will be placed where the groups need you.',
  'discussion.cli.volunteered': (p: Params) => `You volunteered as ${p['role']}.`,
  'discussion.cli.formed': (p: Params) =>
    `The groups are formed (seed ${p['seed']}). Check them, and announce them with "discussion announce ${p['id']} --as ID".`,
  'discussion.cli.moved': (p: Params) => `${p['member']} is moved to group ${p['group']}.`,
  'discussion.cli.role_given': (p: Params) =>
    `${p['member']} is now ${p['role']} of group ${p['group']}.`,
  'discussion.cli.announced': (p: Params) =>
    `The groups are announced (${p['groups']} groups). Each participant gets their group in a direct message.`,
  'discussion.cli.summary_saved': (p: Params) =>
    `Group ${p['group']}'s summary is saved (version ${p['revision']}).`,
  'discussion.cli.all_in': 'Every group has submitted: the opsamling is posted in the channel.',
  'discussion.cli.compiled': 'The opsamling is posted in the channel:',
  'discussion.cli.commented': (p: Params) =>
    `The opsamling is sent for comments [${p['id']}]. See the hearing with "hearing show ${p['id']}".`,
  'discussion.cli.cancelled': (p: Params) => `The group discussion "${p['title']}" is cancelled.`,
} satisfies Translation<typeof cliDa>;
