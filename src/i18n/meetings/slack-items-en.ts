import type { Params, Translation } from '../messages.ts';
import type { slackItemsDa } from './slack-items-da.ts';

/** English for the actions on each agenda item's reply in Slack. Spread into en.ts. */
export const slackItemsEn = {
  'meeting.item.start_hearing': 'Start hearing',
  'meeting.item.record_decision': 'Record decision',
  'slack.meeting.item.button.change_decision': 'Change decision',
  'slack.meeting.item.button.start_discussion': 'Start group discussion',
  'slack.meeting.item.button.note': 'Noted (Taget til efterretning)',
  'slack.meeting.item.button.show_sagsfremstilling': 'Show the case (Sagsfremstilling)',
  'slack.meeting.item.decided_by': (p: Params) =>
    `The decision was recorded by ${p['by']} on ${p['date']} at ${p['time']}.`,
  'slack.meeting.item.noted_by': (p: Params) =>
    `Noted (taget til efterretning) by ${p['by']} on ${p['date']} at ${p['time']}.`,
  'slack.meeting.item.shortened_more': 'Shortened here. "Show more" shows the whole item.',
  'slack.meeting.item.noted_done': (p: Params) => `Item ${p['item']} is noted.`,
  'slack.meeting.item.stale':
    'This button does not point to an item Rådsbot knows. Use the buttons under the item in the meeting’s thread.',
  'slack.meeting.item.modal.title': (p: Params) => `Item ${p['item']}`,
  'slack.meeting.item.modal.cut': 'The text is too long to show here. The rest is in the agenda.',
  'slack.meeting.item.modal.empty': 'The item has no text besides its heading.',
  'meeting.decision.submit': 'Save decision',
  'slack.meeting.decision.modal.hint': 'As the minutes should word it.',
  'slack.meeting.decision.modal.from_hearing': (p: Params) =>
    `The draft is the result of the hearing "${p['title']}". Change it if the minutes should say something else.`,
  'slack.meeting.decision.modal.from_decision': (p: Params) =>
    `The saved decision (revision ${p['revision']}, by ${p['by']}). Saving replaces it with your text.`,
  'slack.meeting.decision.modal.from_imported': 'The draft comes from the imported agenda.',
  'slack.meeting.decision.modal.keep_yours':
    'Your text is still in the field below. Save again to replace the decision with it, or change it first.',
  'slack.meeting.decision.modal.bad_form':
    'The form cannot be read. Close it and open it again from the item in the meeting’s thread.',
  'slack.meeting.decision.saved.title': 'Decision saved',
  'slack.meeting.decision.saved.body': (p: Params) =>
    `The decision on item ${p['item']} is saved (revision ${p['revision']}). The item in the meeting’s thread shows it in a moment.`,
} satisfies Translation<typeof slackItemsDa>;
