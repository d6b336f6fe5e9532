import type { Params } from '../messages.ts';

/**
 * Danish for getting an agenda in from chat: a file shared with the bot, a
 * pasted text, or the empty meeting form, always with a preview first.
 */
export const importChatDa = {
  // errors: the codes of src/domain/meetings/errors.ts
  'error.agenda_file_too_large': (p: Params) =>
    `Filen er for stor (${p['size']} MB). Rådsbot læser dagsordener på højst ${p['max']} MB. Gem den uden billeder, eller som PDF, og del den igen. Intet er gemt.`,
  'error.agenda_file_with_macros':
    'Word-filer med makroer læses ikke af sikkerhedshensyn. Gem dagsordenen som et almindeligt Word-dokument (.docx) uden makroer, og del den igen. Intet er gemt.',
  'error.agenda_file_unknown_type': (p: Params) =>
    `«${p['name']}» er ikke en fil, Rådsbot kan læse en dagsorden fra. Del den som Word (.docx), PDF, tekst (.txt) eller Markdown (.md). Intet er gemt.`,
  'error.agenda_file_download_failed':
    'Filen kunne ikke hentes fra chatten. Del den igen om lidt. Intet er gemt.',
  'error.agenda_import_not_pending':
    'Forhåndsvisningen findes ikke længere: dagsordenen er allerede gemt eller annulleret, eller der er gået over en time. Del filen eller indsæt teksten igen.',

  'import.member_refused':
    'Kun sekretariatet og formandskabet indlæser dagsordener. Send gerne filen til sekretariatet.',
  'import.preview.heading': 'Forhåndsvisning af dagsorden',
  'import.preview.from_file': (p: Params) => `Fra filen «${p['name']}».`,
  'import.preview.pasted': 'Fra den indsatte tekst.',
  'import.preview.no_header':
    'Teksten siger ikke, hvornår mødet er: gem dagsordenen i et planlagt møde, eller ret teksten, så den begynder med mødets dato og tid.',
  'import.preview.new_meeting': 'Gemmes som et nyt møde ud fra overskriften.',
  'import.preview.not_stored': 'Intet er gemt endnu. Forhåndsvisningen gælder en time.',
  'import.button.confirm': 'Gem dagsorden',
  'import.button.correct': 'Ret',
  'import.choose_meeting': 'Gem i et planlagt møde …',
  'import.choose_meeting.label': 'Eller gem i et planlagt møde',
  'import.choose_meeting.new': 'Et nyt møde ud fra overskriften',
  'import.choose_meeting.confirm_title': 'Gem dagsordenen?',
  'import.choose_meeting.confirm_text':
    'Dagsordenen gemmes i det valgte møde og erstatter dets punkter.',
  'import.stored_new': (p: Params) =>
    `Gemt som et nyt møde: *${p['title']}* ${p['when']} med ${p['count']} punkter. Dagsordenen er ikke udsendt endnu.`,
  'import.stored_into': (p: Params) =>
    `Gemt i mødet *${p['title']}* ${p['when']} med ${p['count']} punkter. Dagsordenen er ikke udsendt endnu.`,
  'import.stored_into_published': (p: Params) =>
    `Gemt i mødet *${p['title']}* ${p['when']} med ${p['count']} punkter. Dagsordenen er allerede udsendt: offentliggør igen for at opdatere beskederne i kanalen.`,
  'import.cancelled': 'Annulleret. Intet er gemt.',
  'import.paste.title': 'Indsæt dagsorden',
  'import.paste.label': 'Dagsordenens tekst',
  'import.paste.hint':
    'Slack tager højst 3.000 tegn her. En længere dagsorden: del filen (.docx, .pdf, .txt eller .md) med Rådsbot i din direkte besked.',
  'import.paste.submit': 'Forhåndsvis',
  'import.paste.done':
    'Forhåndsvisningen står i din direkte besked med Rådsbot. Intet er gemt endnu.',
  'import.correct.too_long':
    'Teksten er for lang til at rette her (over 3.000 tegn). Ret filen, og del den igen.',
  'import.teams.paste_hint':
    'Indsæt hele dagsordenens tekst, med mødets dato og tid øverst. En fil (.docx, .pdf, .txt eller .md) kan også deles her i chatten.',
  'import.teams.choose_meeting': 'Gem i',

  'new_meeting.title': 'Nyt møde',
  'new_meeting.submit': 'Opret møde',
  'new_meeting.field.title': 'Mødets titel',
  'new_meeting.field.date': 'Dato',
  'new_meeting.field.start': 'Starter kl.',
  'new_meeting.field.end': 'Slutter kl.',
  'new_meeting.field.place': 'Sted',
  'new_meeting.field.link': 'Link til onlinemøde',
  'new_meeting.field.afbud_date': 'Afbudsfrist, dato',
  'new_meeting.field.afbud_time': 'Afbudsfrist, kl.',
  'new_meeting.hint.time': 'TT:MM, fx 13:00',
  'new_meeting.hint.date': 'ÅÅÅÅ-MM-DD, fx 2027-03-25',
  'new_meeting.bad_date': 'er ikke en dato. Skriv ÅÅÅÅ-MM-DD, fx 2027-03-25.',
  'new_meeting.bad_time': 'er ikke et klokkeslæt. Skriv TT:MM, fx 13:00.',
  'new_meeting.created': (p: Params) =>
    `Mødet *${p['title']}* ${p['when']} er oprettet. Del dagsordenen med Rådsbot i din direkte besked, eller skriv /raad dagsorden, for at give det punkter.`,
  'new_meeting.created_teams': (p: Params) =>
    `Mødet «${p['title']}» ${p['when']} er oprettet. Del dagsordenen med Rådsbot her i chatten, eller skriv «dagsorden», for at give det punkter.`,
  'new_meeting.when': (p: Params) => `den ${p['date']} kl. ${p['from']}–${p['to']}`,
  'help.command.paste_agenda':
    'dagsorden — indsæt en dagsorden og se den, før den gemmes (eller del filen her i chatten)',
  'help.command.new_meeting': 'nyt møde — sæt et møde i kalenderen (sekretariatet)',
  'slack.help.agenda':
    '/raad dagsorden — indsæt en dagsorden og se den, før den gemmes; eller del filen (.docx, .pdf, .md, .txt) med Rådsbot i din direkte besked (sekretariatet)',
  'slack.help.new_meeting': '/raad nyt møde — sæt et møde i kalenderen (sekretariatet)',
} as const;
