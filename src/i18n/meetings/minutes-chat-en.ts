import type { Params } from '../messages.ts';

/** English for the referat in chat: the summary in the channel, its buttons, forms and answers. */
export const minutesChatEn = {
  'minutes.chat.heading': (p: Params) => `Minutes for approval: ${p['title']}`,
  'minutes.chat.heading_approved': (p: Params) => `Minutes approved: ${p['title']}`,
  'minutes.chat.deadline': (p: Params) => `Approve by ${p['deadline']}.`,
  'minutes.chat.count': (p: Params) =>
    `${p['approved']} of ${p['total']} have approved the minutes.`,
  'minutes.chat.approved_by_deadline': (p: Params) =>
    `The minutes are approved: the deadline ${p['deadline']} has passed.`,
  'minutes.chat.approved_by_hand': 'The secretariat approved the minutes.',
  'minutes.chat.approved_followup': (p: Params) =>
    `The minutes are approved. ${p['approved']} of ${p['total']} approved them.`,
  'minutes.chat.decision': (p: Params) => `Decision: ${p['text']}`,
  'minutes.chat.no_decision': 'No decision written.',
  'minutes.chat.more_items': (p: Params) =>
    Number(p['count']) === 1
      ? '… and one more item: see the full minutes.'
      : `… and ${p['count']} more items: see the full minutes.`,
  'minutes.chat.files': (p: Params) => `Full minutes: ${p['word']} · ${p['markdown']}`,
  'minutes.chat.word': 'Word document',
  'minutes.chat.markdown': 'Markdown',
  'minutes.chat.links_until': (p: Params) => `The links work until ${p['until']}.`,
  'minutes.chat.text': (p: Params) => `The minutes of ${p['title']} for approval`,
  'minutes.chat.approve': 'Approve minutes',
  'minutes.chat.remark': 'Remark on the minutes',
  'minutes.chat.close': 'Close approval',

  'minutes.chat.you_approved': (p: Params) =>
    `You approved the minutes of ${p['title']} at ${p['at']}.`,
  'minutes.chat.already_approved': (p: Params) =>
    `You already approved the minutes of ${p['title']} at ${p['at']}.`,
  'minutes.chat.your_remark': (p: Params) => `Your remark: ${p['comment']}`,
  'minutes.chat.remark_kept':
    'Your first approval stands, and the remark was not saved. Write to the secretariat if you want to add something.',

  'minutes.chat.form_title': 'Generate minutes',
  'minutes.chat.form_submit': 'Send for approval',
  'minutes.chat.form_intro': (p: Params) =>
    `The minutes of ${p['title']} are posted in the council's channel, and those who took part can approve them with one click. At the deadline the minutes are approved.`,
  'minutes.chat.deadline_date': 'Approval deadline (date)',
  'minutes.chat.deadline_time': 'Approval deadline (time)',
  'minutes.chat.sent': (p: Params) =>
    `The minutes of ${p['title']} were sent for approval to ${p['count']} participants. The deadline is ${p['deadline']}.`,
  'minutes.chat.deadline_missing': 'Choose the date and time of the deadline.',

  'minutes.chat.remark_title': 'Remark',
  'minutes.chat.remark_label': 'Your remark on the minutes',
  'minutes.chat.remark_hint': 'You approve the minutes with the remark.',
  'minutes.chat.remark_submit': 'Approve with remark',
  'minutes.chat.remark_missing': 'Write your remark.',

  'minutes.chat.close_title': 'Close the approval',
  'minutes.chat.close_confirm': (p: Params) =>
    `Mark the minutes of ${p['title']} as approved now? ${p['approved']} of ${p['total']} have approved. This cannot be undone.`,
  'minutes.chat.close_submit': 'Yes, close it',
  'minutes.chat.closed': (p: Params) => `The minutes of ${p['title']} are approved.`,

  'minutes.chat.status_title': (p: Params) =>
    `Approval of the minutes: ${p['title']} (${p['status']})`,
  'minutes.chat.status_line': (p: Params) =>
    p['comment'] ? `${p['name']}, ${p['at']}: “${p['comment']}”` : `${p['name']}, ${p['at']}`,
  'minutes.chat.status_waiting': (p: Params) => `Not yet (${p['count']}): ${p['names']}`,
  'minutes.chat.no_meeting':
    'There is no meeting to choose. Type the meeting id after the command, e.g. “minutes m-1”.',
  'minutes.chat.bad_meeting': 'A meeting id has only letters, digits and hyphens.',
  'help.minutes.referat': '“minutes [meeting]”: send the minutes for approval (secretariat)',
  'help.minutes.godkendelser':
    '“approvals [meeting]”: who has approved the minutes, and who has not',
  'slack.help.minutes':
    '/raad minutes [meeting] — send the minutes for approval (secretariat and chair group)',
  'slack.help.minutes_approvals':
    '/raad approvals [meeting] — who has approved the minutes, and who has not',
} as const;
