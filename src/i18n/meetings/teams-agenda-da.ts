import type { Params } from '../messages.ts';

/**
 * Danish for a meeting's agenda in Teams: the overview card in the council's
 * channel, each item's card in its thread, and the forms its buttons open.
 */
export const teamsAgendaDa = {
  // the labels a refused field is named by (the decision form's input, an item button's data)
  'field.decisionText': 'Beslutning',
  'field.item': 'Punktnummer',
  'field.meetingId': 'Møde',
  'field.revision': 'Revision',
  'teams.meeting.agenda.online': 'Online',
  'teams.meeting.agenda.in_thread': 'Hvert punkt står i tråden under dette kort.',
  'teams.meeting.kind.B': 'beslutning',
  'teams.meeting.kind.D': 'drøftelse',
  'teams.meeting.kind.O': 'orientering',
  'teams.meeting.item.kinds': (p: Params) => `Til ${p['kinds']}`,
  'teams.meeting.item.presenters': (p: Params) => `Oplæg: ${p['names']}`,
  'teams.meeting.item.show_case': 'Vis sagsfremstilling',
  'teams.meeting.item.cut': 'Forkortet her: hele teksten står i dagsordenen.',
  'teams.meeting.item.more_attachments': (p: Params) =>
    Number(p['count']) === 1 ? '… og ét bilag mere.' : `… og ${p['count']} bilag mere.`,
  'teams.meeting.item.note': 'Taget til efterretning',
  'teams.meeting.hearing.linked': (p: Params) =>
    `Høringen knyttes til punkt ${p['item']} på dagsordenen til ${p['title']}.`,
  'teams.meeting.decision.item': (p: Params) => `Punkt ${p['heading']}`,
  'teams.meeting.decision.from_hearing': (p: Params) =>
    `Udkastet kommer fra høringen «${p['title']}».`,
  'teams.meeting.decision.from_decision': (p: Params) =>
    `Den gemte beslutning (revision ${p['revision']}, af ${p['by']}).`,
  'teams.meeting.decision.from_imported': 'Fra den importerede dagsorden eller referatet.',
  'teams.meeting.decision.required': 'Beslutning: skriv beslutningen.',
  'teams.meeting.decision.saved': (p: Params) =>
    `Beslutningen på punkt ${p['item']} er gemt (revision ${p['revision']}). Kortet i tråden viser den.`,
  'teams.meeting.decision.reapply':
    'Din tekst står stadig i feltet. Gem igen, hvis den skal erstatte beslutningen, som den er nu.',
  'teams.meeting.noted.done': (p: Params) =>
    `Punkt ${p['item']} står nu som taget til efterretning (revision ${p['revision']}).`,
} as const;
