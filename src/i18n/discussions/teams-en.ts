import type { Params, Translation } from '../messages.ts';
import type { teamsDiscussionsDa } from './teams-da.ts';

const plural = (count: unknown, one: string, many: string) =>
  Number(count) === 1 ? one : many.replace('#', String(count));

/** English for group discussions in Teams. */
export const teamsDiscussionsEn = {
  'teams.discussion.help.setup':
    'group discussion [title] — set up a group discussion (secretariat and chair group)',
  'teams.discussion.help.status':
    'grupper — the open group discussions, how far they are, and «Edit set-up» (secretariat and chair group)',
  'teams.discussion.not_allowed':
    'Only the secretariat and the chair group can set up and run group discussions.',
  'teams.discussion.show_more': 'Show the whole text',
  'teams.discussion.cut_note':
    'Shortened here: the whole text is kept and is in the opsamling and the minutes.',
  'teams.discussion.when': (p: Params) => `${p['date']}, ${p['time']}`,

  'teams.discussion.ordstyrer_line': (p: Params) => `Facilitator: ${p['name']}`,
  'teams.discussion.referent_line': (p: Params) => `Note-taker: ${p['name']}`,
  'teams.discussion.room_line': (p: Params) => `Room: ${p['link']}`,
  'teams.discussion.no_room': 'No room given: the secretariat sends the link.',
  'teams.discussion.item_line': (p: Params) => `For item ${p['item']}`,

  'teams.discussion.setup.intro': (p: Params) =>
    `The topics, groups and times of a group discussion in ${p['council']}. Times are the council's (${p['zone']}).`,
  'teams.discussion.setup.from_item': (p: Params) =>
    `The group discussion belongs to item ${p['item']} on the agenda of ${p['meeting']}.`,
  'teams.discussion.setup.fix': 'Correct the fields marked in red and send again.',
  'teams.discussion.setup.topic_heading': (p: Params) => `Topic ${p['key']}`,
  'teams.discussion.setup.topic_optional': 'may be left empty',
  'teams.discussion.setup.questions_placeholder': 'One question per line',

  'teams.discussion.setup.sizing.size': 'Participants per group',
  'teams.discussion.setup.rooms_placeholder':
    'One link for all groups, or one per group (one per line)',
  'teams.discussion.setup.submit': 'Create group discussion',
  'teams.discussion.setup.done_heading': 'The group discussion is created',
  'teams.discussion.setup.done': (p: Params) =>
    `«${p['title']}» is created and sign-up is open until ${p['deadline']}. The sign-up card comes in the council's channel.`,
  'teams.discussion.setup.no_channel':
    "The council has no Teams channel yet: install Rådsbot in the council's channel and the sign-up card comes there.",
  'teams.discussion.field.title': 'Title of the discussion',
  'teams.discussion.field.topicTitle': (p: Params) => `Topic ${p['key']}, title`,
  'teams.discussion.field.topicQuestions': (p: Params) => `Topic ${p['key']}, questions`,
  'teams.discussion.field.sizing': 'Group size',

  'teams.discussion.field.signUpDate': 'Sign-up deadline, date',
  'teams.discussion.field.signUpTime': 'Sign-up deadline, time',
  'teams.discussion.field.windowDate': 'Discussion, date',
  'teams.discussion.field.windowStart': 'Discussion, start',
  'teams.discussion.field.windowEnd': 'Discussion, end',
  'teams.discussion.field.dueDate': 'Summaries due, date',
  'teams.discussion.field.dueTime': 'Summaries due, time',
  'teams.discussion.field.rooms': 'Room links',
  'teams.discussion.field.answer': (p: Params) => `Question ${p['number']}`,
  'teams.discussion.field.notes': 'Further notes',

  'teams.discussion.field.roleGroup': 'The group',

  'teams.discussion.field.deadlineDate': 'Deadline, date',
  'teams.discussion.field.deadlineTime': 'Deadline, time',
  'teams.discussion.field.problem': (p: Params) => `${p['label']}: ${p['problem']}`,
  'teams.discussion.problem.number': 'must be a whole number of at least 1.',

  'teams.discussion.signup.facts': (p: Params) =>
    `Sign up by ${p['deadline']} · The discussion ${p['window']}`,
  'teams.discussion.signup.how':
    'Choose the topic you would most like to discuss. You can change until the deadline.',
  'teams.discussion.signup.counts': (p: Params) =>
    `${plural(p['chosen'], 'One has chosen a topic', '# have chosen a topic')} · ${plural(p['none'], 'one without preference', '# without preference')} · ${plural(p['waiting'], 'one yet to answer', '# yet to answer')}`,
  'teams.discussion.signup.topic_count': (p: Params) =>
    plural(p['count'], 'one has chosen it', '# have chosen it'),

  'teams.discussion.signup.withdraw_role': 'No role',
  'teams.discussion.signup.mine': (p: Params) => `Your choice: ${p['choice']}.`,
  'teams.discussion.signup.mine_none': 'You have not chosen yet.',
  'teams.discussion.signup.mine_no_preference':
    'no preference — you are placed where you are needed',
  'teams.discussion.signup.mine_role': (p: Params) => ` You volunteered as ${p['role']}.`,
  'teams.discussion.signup.not_participant':
    'You are not part of this group discussion (if you sent afbud, your suppleant is invited).',
  'teams.discussion.signup.closed': 'Sign-up is closed.',
  'teams.discussion.signup.proposal_waiting':
    'Sign-up is closed. The secretariat is looking at the groups and sends them out soon.',
  'teams.discussion.signup.for_secretariat': 'For the secretariat:',

  'teams.discussion.signup.show_mine': 'Show my choice',
  'teams.discussion.announced.heading': 'The groups are sent out',
  'teams.discussion.announced.submitted': 'summary received',
  'teams.discussion.announced.waiting': 'summary awaited',
  'teams.discussion.announced.due': (p: Params) => `Summaries due ${p['due']}.`,

  'teams.discussion.proposal.none':
    'There are no groups yet. Press «Form groups» when sign-up is over (or before).',
  'teams.discussion.proposal.formed': (p: Params) => `Formed ${p['when']} by ${p['by']}.`,
  'teams.discussion.proposal.by_deadline': 'the deadline',

  'teams.discussion.proposal.manual': 'moved by hand',
  'teams.discussion.proposal.move_heading': 'Move a participant',

  'teams.discussion.proposal.role_heading': 'Change a role',

  'teams.discussion.proposal.reform_note': 'Forming again keeps everything moved by hand.',
  'teams.discussion.proposal.announce': 'Send out the groups',
  'teams.discussion.proposal.moved': (p: Params) => `${p['name']} is moved to group ${p['group']}.`,
  'teams.discussion.proposal.role_set': (p: Params) =>
    `${p['name']} is now ${p['role']} in group ${p['group']}.`,
  'teams.discussion.proposal.reformed':
    'The groups are formed again; what was moved by hand is kept.',
  'teams.discussion.proposal.formed_now': 'The groups are formed.',
  'teams.discussion.announce.confirm_title': 'Send out the groups?',
  'teams.discussion.announce.confirm_text': (p: Params) =>
    `Each participant gets their group, topic, room, questions and the others in the group in a direct message, and each of the ${p['groups']} groups gets a message in the thread. This cannot be undone.`,
  'teams.discussion.announce.confirm': 'Yes, send out',
  'teams.discussion.announce.done': (p: Params) =>
    `The groups of «${p['title']}» are sent out: each participant gets a direct message.`,
  'teams.discussion.confirm.cancelled': 'Nothing is changed.',

  'teams.discussion.group.heading': (p: Params) =>
    `Your group in «${p['title']}»: group ${p['group']}`,
  'teams.discussion.group.thread_heading': (p: Params) => `Group ${p['group']} — ${p['topic']}`,
  'teams.discussion.group.questions': 'Questions for the discussion',
  'teams.discussion.group.members': 'Participants',
  'teams.discussion.group.window': (p: Params) => `The discussion: ${p['window']}`,
  'teams.discussion.group.you_write': (p: Params) =>
    `You write the group's summary, by ${p['due']}.`,

  'teams.discussion.group.text': (p: Params) =>
    `You are in group ${p['group']} in «${p['title']}» (${p['topic']}).`,
  'teams.discussion.group.summary_in': (p: Params) =>
    `The summary is received (revision ${p['revision']}).`,

  'teams.discussion.reminder.sign_up': (p: Params) =>
    `Remember to choose a topic for the group discussion «${p['title']}» by ${p['deadline']}.`,
  'teams.discussion.reminder.proposal': (p: Params) =>
    `Sign-up for «${p['title']}» is over and the groups are formed. See the proposal and send out the groups.`,
  'teams.discussion.reminder.summary_before': (p: Params) =>
    `Remember group ${p['group']}'s summary from «${p['title']}» by ${p['due']}.`,
  'teams.discussion.reminder.summary_due': (p: Params) =>
    `The deadline for group ${p['group']}'s summary from «${p['title']}» has passed (${p['due']}), and the opsamling went to the council without it. If the group still wants to add to it, write to the secretariat.`,

  'teams.discussion.summary.heading': (p: Params) => `Summary from group ${p['group']}`,
  'teams.discussion.summary.intro': (p: Params) =>
    `«${p['title']}», ${p['topic']}. One answer per question; you can edit until ${p['due']}.`,
  'teams.discussion.summary.revision': (p: Params) =>
    `Sent ${p['revision'] === 1 ? 'once' : `${p['revision']} times`}, last by ${p['by']}.`,
  'teams.discussion.summary.cut':
    'The text is too long for the card and is shortened here. Leave the field as it is and the whole stored text is kept.',
  'teams.discussion.summary.submit': 'Send summary',
  'teams.discussion.summary.saved': (p: Params) =>
    p['revision'] === 1
      ? `Group ${p['group']}'s summary is received. You can edit it until ${p['due']}.`
      : `Group ${p['group']}'s summary is updated (revision ${p['revision']}).`,
  'teams.discussion.summary.all_in': 'Every group has sent: the opsamling is sent to the council.',
  'teams.discussion.summary.reloaded':
    'Your changes are not saved. The fields show your text; send again to save it over the newer version.',

  'teams.discussion.status.none': 'There are no open group discussions.',
  'teams.discussion.status.phase.sign_up': (p: Params) =>
    `Sign-up until ${p['deadline']} · ${plural(p['signed'], 'one has answered', '# have answered')}`,
  'teams.discussion.status.phase.proposal': 'Sign-up is over: the proposal waits to be sent out.',
  'teams.discussion.status.phase.announced': (p: Params) =>
    `The groups are sent out · ${p['submitted']} of ${p['groups']} summaries received · due ${p['due']}`,
  'teams.discussion.status.phase.compiled': 'The opsamling is sent to the council.',

  'teams.discussion.compile.confirm_text': (p: Params) =>
    `The opsamling goes to the council's channel with the ${p['submitted']} of ${p['groups']} groups that have sent. The others are listed as missing; they can still send until ${p['due']}.`,
  'teams.discussion.compile.confirm': 'Yes, compile',
  'teams.discussion.compile.done': (p: Params) =>
    `The opsamling from «${p['title']}» is sent to the council's channel.`,

  'teams.discussion.opsamling.heading': 'Opsamling from the group discussions',
  'teams.discussion.opsamling.missing': (p: Params) => `No summary from: ${p['groups']}.`,

  'teams.discussion.opsamling.in_hearing': 'The opsamling is sent out for comments and additions.',
  'teams.discussion.comments.heading': 'Send the opsamling out for comments and additions',
  'teams.discussion.comments.intro':
    'The council can comment on and add to the opsamling until the deadline. The text comes from the opsamling; edit it as you like.',
  'teams.discussion.comments.submit': 'Send out',
  'teams.discussion.comments.done':
    "The opsamling is sent out for comments and additions. The hearing comes in the council's channel.",
} satisfies Translation<typeof teamsDiscussionsDa>;
