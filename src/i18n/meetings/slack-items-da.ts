import type { Params } from '../messages.ts';

/**
 * Danish for the actions on each agenda item's reply in Slack: the buttons by
 * kind, the item's whole text, the Beslutning form and "Taget til
 * efterretning". Spread into da.ts.
 */
export const slackItemsDa = {
  'meeting.item.start_hearing': 'Start høring',
  'meeting.item.record_decision': 'Registrér beslutning',
  'slack.meeting.item.button.change_decision': 'Ret beslutning',
  'slack.meeting.item.button.start_discussion': 'Start gruppedrøftelse',
  'slack.meeting.item.button.note': 'Taget til efterretning',
  'slack.meeting.item.button.show_sagsfremstilling': 'Vis sagsfremstilling',
  'slack.meeting.item.decided_by': (p: Params) =>
    `Beslutningen er registreret af ${p['by']} ${p['date']} kl. ${p['time']}.`,
  'slack.meeting.item.noted_by': (p: Params) =>
    `Taget til efterretning af ${p['by']} ${p['date']} kl. ${p['time']}.`,
  'slack.meeting.item.shortened_more': 'Forkortet her. «Vis mere» viser hele punktet.',
  'slack.meeting.item.noted_done': (p: Params) => `Punkt ${p['item']} er taget til efterretning.`,
  'slack.meeting.item.stale':
    'Knappen peger ikke på et punkt, Rådsbot kender. Brug knapperne under punktet i mødets tråd.',
  'slack.meeting.item.modal.title': (p: Params) => `Punkt ${p['item']}`,
  'slack.meeting.item.modal.cut':
    'Teksten er for lang til at blive vist her. Resten står i dagsordenen.',
  'slack.meeting.item.modal.empty': 'Punktet har ingen tekst ud over overskriften.',
  'meeting.decision.submit': 'Gem beslutning',
  'slack.meeting.decision.modal.hint': 'Sådan som referatet skal skrive den.',
  'slack.meeting.decision.modal.from_hearing': (p: Params) =>
    `Udkastet er resultatet af høringen «${p['title']}». Ret det, hvis referatet skal sige noget andet.`,
  'slack.meeting.decision.modal.from_decision': (p: Params) =>
    `Den gemte beslutning (revision ${p['revision']}, af ${p['by']}). Gemmer du, erstatter din tekst den.`,
  'slack.meeting.decision.modal.from_imported': 'Udkastet er fra den importerede dagsorden.',
  'slack.meeting.decision.modal.keep_yours':
    'Din tekst står stadig i feltet herunder. Gem igen for at erstatte beslutningen med den, eller ret den først.',
  'slack.meeting.decision.modal.bad_form':
    'Formularen kan ikke læses. Luk den, og åbn den igen fra punktet i mødets tråd.',
  'slack.meeting.decision.saved.title': 'Beslutning gemt',
  'slack.meeting.decision.saved.body': (p: Params) =>
    `Beslutningen på punkt ${p['item']} er gemt (revision ${p['revision']}). Punktet i mødets tråd viser den om et øjeblik.`,
} as const;
