import type { Params, Translation } from '../messages.ts';
import type { teamsAgendaDa } from './teams-agenda-da.ts';

/** English for a meeting's agenda in Teams: the overview card, the item cards and their forms. */
export const teamsAgendaEn = {
  // the labels a refused field is named by (the decision form's input, an item button's data)
  'field.decisionText': 'Decision',
  'field.item': 'Item number',
  'field.meetingId': 'Meeting',
  'field.revision': 'Revision',
  'teams.meeting.agenda.online': 'Online',
  'teams.meeting.agenda.in_thread': 'Each item is in the thread under this card.',
  'teams.meeting.kind.B': 'decision',
  'teams.meeting.kind.D': 'discussion',
  'teams.meeting.kind.O': 'information',
  'teams.meeting.item.kinds': (p: Params) => `For ${p['kinds']}`,
  'teams.meeting.item.presenters': (p: Params) => `Presented by: ${p['names']}`,
  'teams.meeting.item.show_case': 'Show the case presentation',
  'teams.meeting.item.cut': 'Shortened here: the whole text is in the agenda.',
  'teams.meeting.item.more_attachments': (p: Params) =>
    Number(p['count']) === 1
      ? '… and one more attachment.'
      : `… and ${p['count']} more attachments.`,
  'teams.meeting.item.note': 'Mark as noted',
  'teams.meeting.hearing.linked': (p: Params) =>
    `The hearing is linked to item ${p['item']} on the agenda of ${p['title']}.`,
  'teams.meeting.decision.item': (p: Params) => `Item ${p['heading']}`,
  'teams.meeting.decision.from_hearing': (p: Params) =>
    `The draft comes from the hearing “${p['title']}”.`,
  'teams.meeting.decision.from_decision': (p: Params) =>
    `The saved decision (revision ${p['revision']}, by ${p['by']}).`,
  'teams.meeting.decision.from_imported': 'From the imported agenda or minutes.',
  'teams.meeting.decision.required': 'Decision: write the decision.',
  'teams.meeting.decision.saved': (p: Params) =>
    `The decision on item ${p['item']} is saved (revision ${p['revision']}). The card in the thread shows it.`,
  'teams.meeting.decision.reapply':
    'Your text is still in the field. Save again if it should replace the decision as it is now.',
  'teams.meeting.noted.done': (p: Params) =>
    `Item ${p['item']} now stands as noted (revision ${p['revision']}).`,
} satisfies Translation<typeof teamsAgendaDa>;
