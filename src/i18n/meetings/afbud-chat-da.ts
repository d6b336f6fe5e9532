import type { Params } from '../messages.ts';

/** Danish for afbud to a meeting in chat, the suppleant's messages and the meeting reminders as DMs. */
export const afbudChatDa = {
  // buttons
  'meeting.button.withdraw_afbud': 'Træk afbud tilbage',
  'meeting.button.coming': 'Jeg kommer',

  // direct messages: reminders and the suppleant's seat
  'meeting.dm.day_before': (p: Params) =>
    `Påmindelse: I morgen er der møde: «${p['title']}» ${p['when']}.`,
  'meeting.dm.hour_before': (p: Params) =>
    `Påmindelse: Om en time begynder «${p['title']}» ${p['when']}.`,
  'meeting.dm.afbud_reminder': (p: Params) =>
    `Kommer du til «${p['title']}» ${p['when']}? Meld afbud senest ${p['deadline']}, eller sig, at du kommer.`,
  'meeting.dm.afbud_reminder_open': (p: Params) =>
    `Kommer du til «${p['title']}» ${p['when']}? Meld afbud, eller sig, at du kommer.`,
  'meeting.dm.holds_seat': (p: Params) =>
    `Du holder ${p['member']}s plads på mødet, da ${p['member']} har meldt afbud.`,
  'meeting.dm.seat_substituted': (p: Params) =>
    `${p['member']} har meldt afbud til «${p['title']}» ${p['when']}. Du holder pladsen: du deltager i mødet og svarer i høringerne på dagsordenen.`,
  'meeting.dm.seat_returned': (p: Params) =>
    `${p['member']} har trukket sit afbud til «${p['title']}» ${p['when']} tilbage, så pladsen er medlemmets igen. Du skal ikke deltage.`,
  'meeting.dm.agenda_published': (p: Params) =>
    `Dagsordenen til «${p['title']}» ${p['when']} er udsendt.`,
  'meeting.dm.agenda_in_channel': 'Hele dagsordenen står i rådets kanal.',

  // afbud from a button, with an optional reason
  'meeting.afbud_modal.title': 'Afbud til mødet',
  'meeting.afbud_modal.submit': 'Send afbud',
  'meeting.afbud_modal.reason': 'Begrundelse (valgfri)',
  'meeting.afbud_modal.intro': (p: Params) =>
    `Afbud til «${p['title']}» ${p['when']}. Din suppleant holder din plads på mødet og i høringerne på dagsordenen.`,
  'meeting.afbud_modal.done_title': 'Afbud sendt',
  'meeting.afbud.sent_substitute': (p: Params) =>
    `Dit afbud til «${p['title']}» ${p['when']} er registreret. ${p['substitute']} holder din plads på mødet og i høringerne på dagsordenen og har fået besked.`,
  'meeting.afbud.sent_no_substitute': (p: Params) =>
    `Dit afbud til «${p['title']}» ${p['when']} er registreret. Du har ingen suppleant, så pladsen står tom.`,
  'meeting.afbud.repeat': (p: Params) =>
    `Du har allerede meldt afbud til «${p['title']}» ${p['when']}. Intet er ændret.`,
  'meeting.afbud.after_deadline':
    'Fristen for afbud er overskredet: giv også sekretariatet besked på telefon eller mail.',
  'meeting.afbud.withdrawn': (p: Params) =>
    `Dit afbud til «${p['title']}» ${p['when']} er trukket tilbage, og pladsen er din igen.`,
  'meeting.afbud.substitute_told': (p: Params) => `${p['substitute']} har fået besked.`,
  'meeting.coming.noted': (p: Params) =>
    `Tak. Du er noteret som deltager i «${p['title']}» ${p['when']}.`,
  'meeting.afbud.heading': 'Afbud til mødet',

  // "/raad afbud" and the Teams afbud form: an upcoming meeting
  'meeting.absence.meeting': 'Et kommende møde',
  'meeting.absence.meeting_placeholder': 'Vælg et møde',
} as const;
