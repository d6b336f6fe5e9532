import type { Params, Translation } from '../messages.ts';
import type { presentDa } from './present-da.ts';

/** English for what both chats show of a group discussion. */
export const presentEn = {
  'discussion.present.headline': (p: Params) => `Group discussion: ${p['title']}`,
  'discussion.present.for_item': (p: Params) => `For agenda item ${p['item']}`,
  'discussion.present.status.sign_up': 'Sign-up is open',
  'discussion.present.status.announced': 'The groups are set',
  'discussion.present.status.compiled': 'The opsamling is posted in the channel',
  'discussion.present.status.cancelled': 'Cancelled',
  'discussion.present.topic': (p: Params) => `Topic ${p['key']}: ${p['title']}`,
  'discussion.present.question': (p: Params) => `${p['number']}. ${p['text']}`,
  'discussion.present.group': (p: Params) => `Group ${p['key']}`,
  'discussion.present.member': (p: Params) =>
    `${p['name']} (${p['organisation']})${p['marks'] ? ` – ${p['marks']}` : ''}`,
  'discussion.present.member_no_org': (p: Params) =>
    `${p['name']}${p['marks'] ? ` – ${p['marks']}` : ''}`,
  'discussion.present.role.ordstyrer': 'ordstyrer (facilitator)',
  'discussion.present.role.referent': 'referent (note-taker)',
  'discussion.present.role.writer': 'writes the summary',
  'discussion.present.members_line': (p: Params) => `Members: ${p['names']}`,
  'discussion.present.roles_line': (p: Params) =>
    `Ordstyrer: ${p['ordstyrer']} · Referent: ${p['referent']}`,
  'discussion.present.room': (p: Params) => `Room: ${p['url']}`,
  'discussion.present.no_room': 'No virtual room given.',
  'discussion.present.sign_up_deadline': (p: Params) => `Sign-up deadline: ${p['when']}`,
  'discussion.present.window': (p: Params) => `The discussion: ${p['when']}`,
  'discussion.present.summaries_due': (p: Params) => `Summaries due by ${p['when']}`,
  'discussion.present.moment': (p: Params) => `${p['weekday']} ${p['date']} at ${p['time']}`,
  'discussion.present.span_same_day': (p: Params) => `${p['date']}, ${p['from']}–${p['to']}`,
  'discussion.present.span': (p: Params) => `${p['from']} to ${p['to']}`,
  'discussion.present.topic_count': (p: Params) => `${p['count']} signed up`,
  'discussion.present.volunteers': (p: Params) =>
    `${p['ordstyrer']} volunteer as ordstyrer, ${p['referent']} as referent`,
  'discussion.present.undecided': (p: Params) =>
    Number(p['count']) === 1
      ? '1 has not chosen a topic yet and will be placed where the groups need them.'
      : `${p['count']} have not chosen a topic yet and will be placed where the groups need them.`,
  'discussion.present.summary_status': (p: Params) =>
    `${p['submitted']} of ${p['groups']} groups have submitted`,
  'discussion.present.submitted': 'summary submitted',
  'discussion.present.not_submitted': 'summary missing',
  'discussion.present.compiled_line': (p: Params) =>
    `The opsamling of the group discussions is posted in the channel (${p['when']}).`,
  'discussion.present.cancelled_line': 'The group discussion is cancelled.',
  'discussion.present.reason_fallback': (p: Params) => `${p['code']} ${p['params']}`.trim(),
  'discussion.present.dm.sign_up_reminder': (p: Params) =>
    `You have not chosen a topic for the group discussion "${p['title']}" yet. Choose before ${p['when']}; otherwise you are placed where the groups need you.`,
  'discussion.present.dm.invitation': (p: Params) =>
    `You are invited to the group discussion "${p['title']}": you are the suppleant of a member who sent afbud, and take part in their place. Choose a topic before ${p['when']}; otherwise you are placed where the groups need you.`,
  'discussion.present.dm.summary_takeover': (p: Params) =>
    `The referent of group ${p['key']} sent afbud, so you, as ordstyrer, write the group's summary for "${p['title']}". It is due ${p['when']}.`,
  'discussion.present.dm.proposal_ready': (p: Params) =>
    `The groups for "${p['title']}" are formed (${p['groups']} groups, ${p['people']} participants). Check the proposal, move people or change roles, and announce the groups.`,
  'discussion.present.dm.proposal_failed': (p: Params) =>
    `Sign-up for "${p['title']}" has closed, but the groups could not be formed on their own. Press «See the proposal» and then «Form groups»: the answer says why and what to change.`,
  'discussion.present.dm.group': (p: Params) =>
    `You are in group ${p['key']} of the group discussion "${p['title']}".`,
  'discussion.present.dm.your_role': (p: Params) => `You are the group's ${p['role']}.`,
  'discussion.present.dm.you_write': (p: Params) =>
    `You write the group's summary: one answer per question, and notes. Due: ${p['when']}.`,
  'discussion.present.dm.summary_before': (p: Params) =>
    `Remember group ${p['key']}'s summary for "${p['title']}": it is due ${p['when']}.`,
  'discussion.present.dm.summary_due': (p: Params) =>
    `The deadline for group ${p['key']}'s summary for "${p['title']}" has passed (${p['when']}), and the opsamling went to the council without it. If the group still wants to add to it, write to the secretariat.`,
  'discussion.present.opsamling.heading':
    'Opsamling fra gruppedrøftelser (summaries of the group discussions)',
  'discussion.present.opsamling.answer_missing': '(no answer)',
  'discussion.present.opsamling.notes': 'Notes',
  'discussion.present.opsamling.group_missing': (p: Params) =>
    `Group ${p['key']} has not submitted a summary.`,
  'discussion.present.opsamling.missing': (p: Params) => `Summary missing: ${p['groups']}.`,
  'discussion.present.opsamling.compiled': (p: Params) => `Compiled ${p['when']}.`,
  'discussion.present.opsamling.cut': 'The whole opsamling is in the channel and in the minutes.',
} satisfies Translation<typeof presentDa>;
