import type { Params } from '../messages.ts';

/** English for getting an agenda in from chat (see import-chat-da.ts). */
export const importChatEn = {
  'error.agenda_file_too_large': (p: Params) =>
    `The file is too large (${p['size']} MB). Rådsbot reads agendas of at most ${p['max']} MB. Save it without pictures, or as PDF, and share it again. Nothing was stored.`,
  'error.agenda_file_with_macros':
    'Word files with macros are not read, for security. Save the agenda as a plain Word document (.docx) without macros and share it again. Nothing was stored.',
  'error.agenda_file_unknown_type': (p: Params) =>
    `"${p['name']}" is not a file Rådsbot can read an agenda from. Share it as Word (.docx), PDF, text (.txt) or Markdown (.md). Nothing was stored.`,
  'error.agenda_file_download_failed':
    'The file could not be fetched from the chat. Share it again in a moment. Nothing was stored.',
  'error.agenda_import_not_pending':
    'This preview is gone: the agenda was already stored or cancelled, or more than an hour has passed. Share the file or paste the text again.',

  'import.member_refused':
    'Only the secretariat and the chair group import agendas. Please send the file to the secretariat.',
  'import.preview.heading': 'Agenda preview',
  'import.preview.from_file': (p: Params) => `From the file "${p['name']}".`,
  'import.preview.pasted': 'From the pasted text.',
  'import.preview.no_header':
    'The text does not say when the meeting is: store the agenda in a planned meeting, or correct the text so it starts with the meeting’s date and time.',
  'import.preview.new_meeting': 'Stored as a new meeting from its header.',
  'import.preview.not_stored': 'Nothing is stored yet. The preview is kept for an hour.',
  'import.button.confirm': 'Save agenda',
  'import.button.correct': 'Correct',
  'import.choose_meeting': 'Save into a planned meeting …',
  'import.choose_meeting.label': 'Or save into a planned meeting',
  'import.choose_meeting.new': 'A new meeting from the header',
  'import.choose_meeting.confirm_title': 'Save the agenda?',
  'import.choose_meeting.confirm_text':
    'The agenda is saved in the chosen meeting and replaces its items.',
  'import.stored_new': (p: Params) =>
    `Saved as a new meeting: *${p['title']}* ${p['when']} with ${p['count']} items. The agenda has not been sent out yet.`,
  'import.stored_into': (p: Params) =>
    `Saved in the meeting *${p['title']}* ${p['when']} with ${p['count']} items. The agenda has not been sent out yet.`,
  'import.stored_into_published': (p: Params) =>
    `Saved in the meeting *${p['title']}* ${p['when']} with ${p['count']} items. The agenda has already been sent out: publish again to update the messages in the channel.`,
  'import.cancelled': 'Cancelled. Nothing was stored.',
  'import.paste.title': 'Paste an agenda',
  'import.paste.label': 'The agenda’s text',
  'import.paste.hint':
    'Slack takes at most 3,000 characters here. For a longer agenda, share the file (.docx, .pdf, .txt or .md) with Rådsbot in your direct message.',
  'import.paste.submit': 'Preview',
  'import.paste.done': 'The preview is in your direct message with Rådsbot. Nothing is stored yet.',
  'import.correct.too_long':
    'The text is too long to correct here (over 3,000 characters). Correct the file and share it again.',
  'import.teams.paste_hint':
    'Paste the whole agenda, with the meeting’s date and time at the top. A file (.docx, .pdf, .txt or .md) can also be shared here in the chat.',
  'import.teams.choose_meeting': 'Save into',

  'new_meeting.title': 'New meeting',
  'new_meeting.submit': 'Create meeting',
  'new_meeting.field.title': 'Meeting title',
  'new_meeting.field.date': 'Date',
  'new_meeting.field.start': 'Starts at',
  'new_meeting.field.end': 'Ends at',
  'new_meeting.field.place': 'Place',
  'new_meeting.field.link': 'Link to the online meeting',
  'new_meeting.field.afbud_date': 'Apologies deadline, date',
  'new_meeting.field.afbud_time': 'Apologies deadline, time',
  'new_meeting.hint.time': 'HH:MM, e.g. 13:00',
  'new_meeting.hint.date': 'YYYY-MM-DD, e.g. 2027-03-25',
  'new_meeting.bad_date': 'is not a date. Write YYYY-MM-DD, e.g. 2027-03-25.',
  'new_meeting.bad_time': 'is not a time. Write HH:MM, e.g. 13:00.',
  'new_meeting.created': (p: Params) =>
    `The meeting *${p['title']}* ${p['when']} has been created. Share its agenda with Rådsbot in your direct message, or type /raad agenda, to give it items.`,
  'new_meeting.created_teams': (p: Params) =>
    `The meeting “${p['title']}” ${p['when']} has been created. Share its agenda with Rådsbot here in the chat, or type “agenda”, to give it items.`,
  'new_meeting.when': (p: Params) => `on ${p['date']} at ${p['from']}–${p['to']}`,
  'help.command.paste_agenda':
    'agenda — paste an agenda and see it before it is stored (or share the file here in the chat)',
  'help.command.new_meeting': 'new meeting — put a meeting on the calendar (the secretariat)',
  'slack.help.agenda':
    '/raad agenda — paste an agenda and see it before it is stored; or share the file (.docx, .pdf, .md, .txt) with Rådsbot in your direct messages (the secretariat)',
  'slack.help.new_meeting': '/raad new-meeting — put a meeting on the calendar (the secretariat)',
} as const;
