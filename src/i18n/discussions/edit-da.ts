import type { Params } from '../messages.ts';

const fieldNames: Record<string, string> = {
  title: 'titel',
  topics: 'emner og spørgsmål',
  sizing: 'antal grupper',
  signUpDeadline: 'tilmeldingsfrist',
  windowStart: 'tidsrum',
  windowEnd: 'tidsrum',
  summariesDue: 'frist for opsamlinger',
  roomLinks: 'links til mødelokaler',
};

/** Danish for changing a discussion's set-up, the same in both chats and on the command line. */
export const editDa = {
  'discussion.edit.button': 'Ret opsætning',
  'discussion.edit.form_title': 'Ret gruppedrøftelse',
  'discussion.edit.save': 'Gem ændringer',
  'discussion.edit.locked_note':
    'Grupperne er udsendt, så emner, spørgsmål, antal grupper og tilmeldingsfrist ligger fast. Du kan stadig rette titel, tidsrum, frist for opsamlinger og links til mødelokaler.',
  'discussion.edit.rooms_hint': (p: Params) =>
    `Ét link til alle grupper, eller ét pr. gruppe i gruppernes rækkefølge (${String(p['groups'])} grupper).`,
  'discussion.edit.done': (p: Params) => `«${String(p['title'])}» er rettet.`,
  'discussion.edit.nothing_changed': 'Intet var ændret, så intet blev gemt.',
  'discussion.edit.regrouped':
    'Grupperne er dannet igen efter de nye rammer (dine håndrettelser er bevaret). Se forslaget, før du udsender.',
  'discussion.edit.hand_edits_set_aside':
    'Nogle håndrettelser nævnte en gruppe, der ikke findes med de nye rammer, og er lagt til side; resten er bevaret. Se forslaget igennem.',
  'discussion.edit.members_told':
    'Alle deltagere har fået deres gruppe igen med de nye oplysninger.',
  'discussion.edit.writers_told':
    'Den, der skriver hver gruppes opsamling, har fået den nye frist.',
  'discussion.edit.jobs_moved': 'Påmindelser og frister følger de nye tidspunkter.',
  'discussion.edit.field.title': 'titel',
  'discussion.edit.field.topics': 'emner og spørgsmål',
  'discussion.edit.field.sizing': 'antal grupper',
  'discussion.edit.field.signUpDeadline': 'tilmeldingsfrist',
  'discussion.edit.field.window': 'tidsrum',
  'discussion.edit.field.summariesDue': 'frist for opsamlinger',
  'discussion.edit.field.roomLinks': 'links til mødelokaler',
  'discussion.edit.changed': (p: Params) => `Ændret: ${String(p['fields'])}.`,
  'error.discussion_field_locked': (p: Params) =>
    `Grupperne er udsendt, så ${fieldNames[String(p['field'])] ?? 'det'} kan ikke længere ændres. Du kan rette titel, tidsrum, frist for opsamlinger og links til mødelokaler.`,
  'error.discussion_already_on_item': (p: Params) =>
    p['status'] === 'compiled'
      ? `Punkt ${String(p['item'])} har allerede haft gruppedrøftelsen «${String(p['title'])}», og dens opsamling er sendt til rådet og står i referatet under punktet.`
      : `Punkt ${String(p['item'])} har allerede gruppedrøftelsen «${String(p['title'])}». Find den under «grupper», hvor du kan rette den; aflys den først, hvis du vil begynde forfra.`,
  'error.discussion_edit_closed':
    'Opsamlingen er sendt til rådet (eller drøftelsen er aflyst), så opsætningen kan ikke længere ændres.',
  'error.discussion_topic_has_sign_ups': (p: Params) =>
    `Emne ${String(p['topic'])} har ${String(p['count'])} tilmeldte og kan ikke fjernes. Ret emnets titel i stedet, eller bed de tilmeldte vælge et andet emne først.`,
};
