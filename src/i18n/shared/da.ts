import type { Params } from '../messages.ts';

/**
 * Danish, the default language: what every capability says — generic errors,
 * what is wrong with a field, the command line's own usage texts.
 * Wording follows the councils' own minutes.
 */
export const da = {
  // errors: the generic codes of src/domain/errors.ts, and the unforeseen
  'error.invalid_input': (p: Params) => `${p['field']}: ${p['problem']}`,
  'error.store_unavailable':
    'Rådsbot kan ikke nå sin database lige nu. Prøv igen om lidt — intet er gået tabt.',
  'error.outcome_unknown':
    'Forbindelsen til databasen blev afbrudt, mens dit svar blev gemt, så vi ved ikke, om det kom med. Se høringen om lidt, og prøv igen, hvis dit svar ikke står der.',
  'error.unexpected':
    'Noget gik galt hos Rådsbot. Prøv igen; sker det igen, så kontakt sekretariatet.',

  // what is wrong with one field
  'problem.required': 'skal udfyldes.',
  'problem.too_long': (p: Params) => `må højst være ${p['limit']} tegn.`,
  'problem.too_small': (p: Params) => `skal være mindst ${p['limit']}.`,
  'problem.too_big': (p: Params) => `må højst være ${p['limit']}.`,
  'problem.invalid_option': (p: Params) => `vælg en af: ${p['options']}.`,
  'problem.invalid_date': (p: Params) =>
    p['example'] === undefined
      ? 'skal være en gyldig dato (ÅÅÅÅ-MM-DD).'
      : `skal være en gyldig dato (ÅÅÅÅ-MM-DD), fx ${p['example']}.`,
  'problem.invalid_time': 'skal være et klokkeslæt (TT:MM), fx 12:00.',
  'problem.invalid': 'er ugyldig.',

  // field names, as the forms label them
  'field.councilId': 'Råd',
  'field.actorId': 'Bruger',

  // the way back from a confirmation
  'confirm.cancel': 'Fortryd',

  // help
  'help.title': 'Rådsbot — hjælp',
  'help.intro': 'Rådsbot samler rådets høringer ét sted. Du kan skrive:',
  'help.command.help': 'hjælp — viser denne hjælp',
  'help.unknown': (p: Params) => `Jeg forstod ikke «${p['text']}».`,

  // command line (src/bot/cli): the secretariat types flags, so errors name them
  'cli.help.intro': `Rådsbot — kommandolinje for sekretariatet`,
  'cli.help.footer': `Tider er rådets lokale tid. --council kan udelades, når der kun er ét råd.
Afslutningskoder: 0 udført, 1 afvist, 2 forkert input, 3 databasen kan ikke nås.`,
  'cli.unknown_command': (p: Params) => `Ukendt kommando: «${p['text']}».`,
  'cli.unknown_option': (p: Params) =>
    `Ukendt flag: ${p['option']}. Se de flag, kommandoerne tager, i hjælpen nedenfor.`,
  'cli.option_needs_value': (p: Params) => `Skriv en værdi efter ${p['option']}.`,
  'cli.option_takes_no_value': (p: Params) =>
    `${p['option']} tager ingen værdi; skriv blot ${p['option']}.`,
  'cli.flag_problem': (p: Params) => `${p['flag']}: ${p['problem']}`,
  'cli.missing': (p: Params) => `Angiv ${p['flag']}.`,
  'cli.or': 'eller',
  'cli.cannot_read': (p: Params) => `Kan ikke læse filen ${p['path']}.`,
  'cli.cannot_write': (p: Params) => `Kan ikke skrive filen ${p['path']}.`,

  // Teams surface (src/bot/teams): what only Teams' cards and chats need
  'teams.help.channel_hint':
    'I en kanal eller gruppechat nævner du @Rådsbot først, fx «@Rådsbot mine høringer».',

  // Slack surface (src/bot/slack): what only chat with buttons and modals needs
  'slack.modal.cancel': 'Annullér',
  'slack.modal.close': 'Luk',
  'slack.help.help': '/raad hjaelp — viser denne hjælp',
} as const;
