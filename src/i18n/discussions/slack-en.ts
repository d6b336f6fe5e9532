import type { Params, Translation } from '../messages.ts';
import type { slackDiscussionsDa } from './slack-da.ts';

const plural = (count: unknown, one: string, many: string) => (Number(count) === 1 ? one : many);

/** English for group discussions in Slack (every Danish key). */
export const slackDiscussionsEn = {
  'slack.discussion.stale':
    'The button does not point to a group discussion Rådsbot knows. Use the buttons in the latest message.',
  'slack.discussion.not_allowed':
    'Only the secretariat and the chair group can manage group discussions. Ask the secretariat if something needs changing.',
  'slack.discussion.help.set_up':
    '`/raad group-discussion` — set up a group discussion (topics, questions, groups, deadlines, rooms)',
  'slack.discussion.help.status':
    '`/raad groups` — the group discussions: sign-ups, proposal, which groups have submitted; «Edit set-up» changes deadlines, rooms and topics',

  'slack.discussion.setup.submit': 'Open sign-up',
  'slack.discussion.setup.from_item': (p: Params) => `For item ${p['item']} on the agenda.`,
  'slack.discussion.setup.title_field': "The discussion's title",
  'slack.discussion.setup.topic_title': (p: Params) => `Topic ${p['key']}: title`,
  'slack.discussion.setup.topic_questions': (p: Params) =>
    `Topic ${p['key']}: questions for the groups`,
  'slack.discussion.setup.questions_hint': 'One question per line.',
  'slack.discussion.setup.sizing_kind': 'The groups',
  'slack.discussion.setup.sizing_size': 'Target size of each group',
  'slack.discussion.setup.sign_up_date': 'Sign-up closes (date)',
  'slack.discussion.setup.sign_up_time': 'Sign-up closes (time)',
  'slack.discussion.setup.window_date': 'The discussion (date)',
  'slack.discussion.setup.window_start': 'The discussion starts',
  'slack.discussion.setup.window_end': 'The discussion ends',
  'slack.discussion.setup.due_date': 'Summaries due (date)',
  'slack.discussion.setup.due_time': 'Summaries due (time)',
  'slack.discussion.setup.rooms': 'Links to virtual rooms',
  'slack.discussion.setup.rooms_hint':
    "One line: the same room for every group. Several lines: one room per group, in the groups' order.",
  'slack.discussion.setup.required': 'Required.',
  'slack.discussion.setup.bad_value': 'Is not valid.',
  'slack.discussion.setup.bad_number': 'Must be a whole number, at least 1.',
  'slack.discussion.setup.done_title': 'Discussion started',
  'slack.discussion.setup.done': (p: Params) =>
    `“${p['title']}” has started. The sign-up is in the council's channel and closes ${p['deadline']}.`,

  'slack.discussion.sign_up.intro':
    'Choose the topic you would rather discuss, and volunteer as facilitator or note-taker if you like.',
  'slack.discussion.compile.confirm_text':
    "The opsamling goes to the council's channel with the summaries that are in. Groups that have not submitted are listed as missing.",
  'slack.discussion.compile.confirm': 'Compile',
  'slack.discussion.compile.done': "The opsamling has been sent to the council's channel.",

  'slack.discussion.choice.topic': (p: Params) => `You have chosen ${p['choice']}.`,
  'slack.discussion.choice.none':
    'You have no preference: you will be placed where the groups need you.',
  'slack.discussion.choice.role': (p: Params) => `You have volunteered as ${p['role']}.`,
  'slack.discussion.choice.no_role': 'You have not volunteered as facilitator or note-taker.',
  'slack.discussion.choice.until': (p: Params) => `You can change it until ${p['deadline']}.`,
  'slack.discussion.sign_up_closed': 'The sign-up is closed.',

  'slack.discussion.proposal.not_announced':
    'Only you see this proposal. Nothing goes to the participants until you press “Announce the groups”.',
  'slack.discussion.proposal.group': (p: Params) => `*${p['group']}* · Topic ${p['topic']}`,
  'slack.discussion.proposal.roles': (p: Params) =>
    `Facilitator: ${p['ordstyrer']} · Note-taker: ${p['referent']}`,
  'slack.discussion.proposal.manual': (p: Params) =>
    `${p['count']} ${plural(p['count'], 'change', 'changes')} by hand are kept when the groups are formed again.`,
  'slack.discussion.proposal.more_groups': (p: Params) =>
    `… and ${p['count']} more ${plural(p['count'], 'group', 'groups')}.`,
  'slack.discussion.button.move': 'Move participant',
  'slack.discussion.button.announce': 'Announce the groups',
  'slack.discussion.announce.confirm_title': 'Announce the groups?',
  'slack.discussion.announce.confirm_text':
    'Each participant gets their group, room and questions in a direct message, and each group gets a message in the thread. This cannot be undone.',
  'slack.discussion.announce.confirm': 'Announce',
  'slack.discussion.announce.done': 'The groups have been announced to the participants.',
  'slack.discussion.role.submit': 'Save',
  'slack.discussion.edit.done':
    'The proposal has been changed. The change is kept if the groups are formed again.',

  'slack.discussion.summary.modal_title': 'Summary',
  'slack.discussion.summary.submit': 'Submit',
  'slack.discussion.summary.intro': (p: Params) =>
    `Group ${p['group']} · Topic ${p['topic']}. You can edit the summary until ${p['deadline']}.`,
  'slack.discussion.summary.notes': 'Other notes from the group',
  'slack.discussion.summary.kept_long':
    'The answer is longer than Slack can show here, so it is shortened. The whole text is kept: leave the field unchanged and it stays.',
  'slack.discussion.summary.done': (p: Params) =>
    `Group ${p['group']}'s summary is saved (version ${p['revision']}). You can edit it until ${p['deadline']}.`,
  'slack.discussion.summary.all_in':
    "Every group has submitted: the opsamling has been sent to the council's channel.",
  'slack.discussion.summary.bad_form':
    'The form cannot be read. Close it and press “Write summary” again.',

  'slack.discussion.status.none': 'The council has no open group discussions.',
  'slack.discussion.status.more': (p: Params) => `… and ${p['count']} more.`,
  'slack.discussion.status.proposal': 'Groups proposed, not announced.',

  'slack.discussion.opsamling.modal_title': 'The opsamling',
  'slack.discussion.opsamling.heading': 'Opsamling fra gruppedrøftelser',
  'slack.discussion.opsamling.cut': 'Shortened here. “Show more” shows the whole opsamling.',
  'slack.discussion.opsamling.cut_modal':
    'Shortened here. The whole opsamling is in the minutes under the item.',
  'slack.discussion.opsamling.in_hearing':
    'The opsamling has been sent for comments and additions (i høring til kommentering og supplering).',
  'slack.discussion.button.show_more': 'Show the whole opsamling',
  'slack.discussion.comments.modal_title': 'Hearing on the summaries',
  'slack.discussion.comments.deadline_date': 'Deadline (date)',
  'slack.discussion.comments.deadline_time': 'Deadline (time)',
  'slack.discussion.comments.submit': 'Send for comments',
} satisfies Translation<typeof slackDiscussionsDa>;
