import type { Params, Translation } from '../messages.ts';
import type { da } from './da.ts';
import { filesEn } from './files-en.ts';
import { linksEn } from './links-en.ts';
import { remindersEn } from './reminders-en.ts';
import { slackEn } from './slack-en.ts';
import { publishChatEn } from './publish-chat-en.ts';
import { invitationEn } from './invitation-en.ts';
import { slackItemsEn } from './slack-items-en.ts';
import { teamsAgendaEn } from './teams-agenda-en.ts';
import { minutesChatEn } from './minutes-chat-en.ts';
import { fixesChatEn } from './fixes-chat-en.ts';
import { decisionsEn } from './decisions-en.ts';
import { attendanceEn } from './attendance-en.ts';
import { homeEn } from './home-en.ts';
import { importChatEn } from './import-chat-en.ts';
import { afbudChatEn } from './afbud-chat-en.ts';
import { groupDiscussionEn } from './group-discussion-en.ts';

/** English for meetings. Every Danish key must exist here (typechecked). */
export const en = {
  ...decisionsEn,
  ...attendanceEn,
  ...homeEn,
  ...importChatEn,
  ...afbudChatEn,
  ...groupDiscussionEn,
  'error.agenda_text_empty': 'The file is empty: there is no agenda or minutes to read.',
  'error.meeting_status_invalid': 'The meeting cannot move to that status from the one it has.',

  'cli.help.meetings': `  npm run cli -- meeting create --title T --start "YYYY-MM-DD HH:MM" --end HH:MM --as ID
        [--place PLACE] [--link URL] [--afbud-deadline "YYYY-MM-DD HH:MM"]   put a meeting on the calendar
  npm run cli -- meeting list [--council ID]                      the meetings, upcoming first
  npm run cli -- meeting show MEETING                             the meeting and its numbered items
  npm run cli -- meeting import FILE [--meeting MEETING] --as ID  store an agenda or minutes (.txt, .md, .docx, .pdf) in the meeting, or as a new meeting
  npm run cli -- meeting import FILE --dry-run [--json]           show what an agenda or minutes (.txt, .md, .docx, .pdf) give, storing nothing
  npm run cli -- meeting move MEETING --start "YYYY-MM-DD HH:MM" [--end HH:MM] [--afbud-deadline "YYYY-MM-DD HH:MM"] --as ID
                                                                  move the meeting; its reminders move with it
  npm run cli -- meeting publish MEETING --as ID                  send out the agenda: the council is told, and the reminders are planned
  npm run cli -- meeting invitation MEETING [--out FILE.ics]      the meeting as a calendar invitation (Outlook and others)
  npm run cli -- meeting afbud MEETING --as ID [--reason TEXT] [--for MEMBER] [--withdraw]  send afbud for the meeting (the substitute gets the seat), or withdraw it
  npm run cli -- meeting coming MEETING --as ID                   say you are coming (withdraws an afbud)
  npm run cli -- meeting attendance MEETING                       who comes, who sent afbud, which substitute holds which seat
  npm run cli -- meeting attendance MEETING --add NAME --organisation ORG [--note TEXT] [--presenter] --as ID   add a guest or presenter
  npm run cli -- meeting attendance MEETING --remove NAME --as ID remove a guest or presenter
  npm run cli -- meeting decide MEETING ITEM --as ID              show the draft of the item's decision (from a closed hearing) and its revision
  npm run cli -- meeting decide MEETING ITEM --text "…" [--revision N] --as ID   write or change the decision (--from-hearing: the hearing's result)
  npm run cli -- meeting noted MEETING ITEM --as ID               "noted" (taget til efterretning) on an O item
  npm run cli -- meeting decisions MEETING [ITEM]                 who wrote and changed the decisions, and when
  npm run cli -- meeting followup list [--meeting MEETING] [--all]  the follow-up sheet: the points from the B items' decisions
  npm run cli -- meeting followup set MEETING/ITEM [--owner NAME] [--due YYYY-MM-DD] [--status open|in-progress|done] --as ID
                                                                  set the owner, due date or status of a point on the follow-up sheet
  npm run cli -- meeting minutes MEETING|FILE [--format md] [--out FILE]  the minutes as Markdown of a stored meeting, or of an agenda or minutes (.txt, .md, .docx, .pdf)
  npm run cli -- meeting minutes MEETING|FILE --format docx --out FILE.docx  the minutes as a Word document with headings and a table of contents
  npm run cli -- meeting minutes MEETING --url [--format docx|md] [--valid 7d]  a link to the minutes that expires (at most 30d); Word by default
  npm run cli -- meeting approve MEETING --send --deadline "YYYY-MM-DD HH:MM" [--ended HH:MM] --as ID   send the minutes for approval (--ended: when the meeting ended)
  npm run cli -- meeting approve MEETING --as ID [--comment TEXT] approve the minutes (as a participant), perhaps with a remark
  npm run cli -- meeting approve MEETING --close --yes --as ID    mark the minutes approved (cannot be undone)
  npm run cli -- meeting approvals MEETING                        who has approved the minutes, and who has not
  npm run cli -- meeting cancel MEETING --as ID --yes             cancel the meeting (cannot be undone)`,
  'cli.meeting.missing_file':
    'Give the file after "meeting import": an agenda or minutes as text (.txt), Markdown (.md), Word (.docx) or PDF.',
  'cli.meeting.unknown_format': (p) =>
    `${p['path']} is neither text, Markdown, Word (.docx) nor PDF. Save the document in one of those formats and try again.`,

  'error.meeting_not_found': "There is no such meeting. Check the meeting's number, e.g. m0001.",
  'cli.hint.meeting_not_found': 'See the meetings with "meeting list".',
  'error.meeting_changed_meanwhile':
    'Someone else changed the meeting while you were working on it (its minutes were sent for approval, say). Look at the meeting again and try again. Nothing was saved.',
  'cli.hint.meeting_changed_meanwhile': 'See the meeting with "meeting show MEETING".',
  'error.meeting_minutes_locked': (p: Params) =>
    p['status'] === 'minutes_approved'
      ? 'The minutes of the meeting are approved, so its agenda can no longer be replaced. Nothing was changed.'
      : 'The minutes of the meeting are out for approval, so its agenda can no longer be replaced. Nothing was changed.',
  'error.agenda_import_without_items': (p: Params) =>
    `The file gave no agenda items, so the meeting's ${p['count']} items were not replaced. Check that the file is the meeting's agenda with numbered items. Nothing was changed.`,
  'cli.hint.agenda_import_without_items': 'See what the file gives with --dry-run.',
  'error.agenda_import_drops_decisions': (p: Params) =>
    `Item ${p['items']} has a recorded decision but is not in the file; decisions belong to the items' numbers. Correct the file, or move the decisions first. Nothing was changed.`,
  'error.meeting_ended_before_start':
    'The meeting cannot have ended before it began. Give the time it ended, e.g. 15:45.',
  'cli.meeting.other_council': (p: Params) =>
    `Note: the file names "${p['file']}", but the meeting belongs to ${p['council']}. Is it the right file?`,
  'error.meeting_time_skipped': (p: Params) =>
    `${String(p['time']).replace('T', ' at ')} does not exist: the clock jumps an hour ahead to summer time that night. Choose another time.`,
  'error.meeting_cancelled': 'The meeting is cancelled and cannot be changed.',
  'error.meeting_end_before_start': 'The meeting must end after it begins.',
  'error.meeting_time_missing': (p) =>
    `The file does not say ${p['part'] === 'title' ? 'which meeting it is' : p['part'] === 'start' ? 'when the meeting begins' : 'when the meeting ends'}. Create the meeting first, then store the file in it. Nothing was stored.`,
  'cli.hint.meeting_time_missing':
    'Create the meeting with "meeting create" and import the file with --meeting ID.',
  'error.not_allowed_to_manage_meetings':
    'Only the secretariat and the chair group run the meetings: create, move, import and cancel them and record decisions.',
  'problem.invalid_date_time':
    'must be a date and a time (YYYY-MM-DD HH:MM), e.g. 2026-12-03 13:00.',
  'problem.invalid_link': 'must be a link beginning with https://.',
  'cli.meeting.missing_title': 'Give the meeting\'s title with --title, e.g. --title "Rådsmøde".',
  'cli.meeting.missing_start':
    'Give when the meeting begins with --start "YYYY-MM-DD HH:MM", e.g. --start "2026-12-03 13:00".',
  'cli.meeting.missing_end': 'Give when the meeting ends with --end HH:MM, e.g. --end 16:00.',
  'cli.meeting.missing_id': (p) =>
    `Give the meeting's id after "meeting ${p['command']}", e.g. m0001. See them with "meeting list".`,
  'cli.meeting.created': (p) => `The meeting "${p['title']}" was created [${p['id']}].`,
  'cli.meeting.imported_new': (p) => `Stored as a new meeting: "${p['title']}" [${p['id']}].`,
  'cli.meeting.imported_into': (p) => `Stored in the meeting "${p['title']}" [${p['id']}].`,
  'cli.meeting.cancel_needs_yes': (p) =>
    `Cancel "${p['title']}" on ${p['date']}? This cannot be undone. Repeat the command with --yes to cancel. Nothing was changed.`,
  'cli.meeting.cancelled': (p) => `The meeting "${p['title']}" on ${p['date']} is cancelled.`,
  'cli.meeting.none': 'There are no meetings yet. Create one with "meeting create".',
  'meeting.when': (p) => `${p['date']} ${p['from']}–${p['to']}`,
  'meeting.status.planned': 'planned',
  'meeting.status.agenda_published': 'agenda published',
  'meeting.status.held': 'held',
  'meeting.status.minutes_sent': 'minutes sent for approval',
  'meeting.status.minutes_approved': 'minutes approved',
  'meeting.status.cancelled': 'cancelled',
  'meeting.show.status': (p) => `Status: ${p['status']}`,
  'meeting.show.cancelled_by': (p) => `Cancelled by ${p['by']} on ${p['date']} at ${p['time']}`,
  'meeting.show.afbud_deadline': (p) => `Afbud deadline: ${p['date']} ${p['time']}`,
  'meeting.show.no_items':
    'Agenda: no items yet. Import them with "meeting import FILE --meeting ID".',

  'meeting.preview.title': (p) => `Meeting: ${p['title']}`,
  'meeting.preview.council': (p) => `Council: ${p['council']}`,
  'meeting.preview.when': (p) => `Time: ${p['date']} ${p['from']}–${p['to']}`,
  'meeting.preview.date': (p) => `Date: ${p['date']}`,
  'meeting.preview.ended': (p) => `The meeting ended at ${p['time']}`,
  'meeting.preview.place': (p) => `Place: ${p['place']}`,
  'meeting.preview.online': (p) => `Online link: ${p['link']}`,
  'meeting.preview.unknown': 'not given',
  'meeting.preview.items': (p) =>
    Number(p['count']) === 1 ? 'Agenda: 1 item' : `Agenda: ${p['count']} items`,
  'meeting.preview.attachments': (p) =>
    Number(p['count']) === 1 ? '1 attachment' : `${p['count']} attachments`,
  'meeting.preview.presenters': (p) => `presented by ${p['names']}`,
  'meeting.preview.attendance': (p) =>
    Number(p['count']) === 1 ? '1 person took part:' : `${p['count']} people took part:`,
  'meeting.preview.unplaced': (p) =>
    Number(p['count']) === 1
      ? 'One line could not be placed — please check it:'
      : `${p['count']} lines could not be placed — please check them:`,
  'meeting.preview.unplaced_line': (p) => `line ${p['line']}: ${p['text']}`,
  'meeting.preview.all_placed': 'Every line was placed.',
  'meeting.preview.nothing_stored': 'Nothing was stored (--dry-run).',
  'meeting.field.sagen_kort': 'Case in brief (Sagen kort)',
  'meeting.field.anledning': 'Occasion (Anledning)',
  'meeting.field.indstilling': 'Recommendation (Indstilling)',
  'meeting.field.beslutning': 'Decision (Beslutning)',
  'meeting.field.sagsfremstilling': 'Case presentation (Sagsfremstilling)',
  'meeting.minutes.document_title': (p) => `Minutes of ${p['title']}`,
  'meeting.minutes.untitled': 'Minutes',
  'meeting.minutes.when': (p) => `${p['date']}, ${p['from']} to ${p['to']}`,
  'meeting.minutes.starts': (p) => `${p['date']}, ${p['from']}`,
  'meeting.minutes.date': (p) => `${p['date']}`,
  'meeting.minutes.contents': 'Agenda items',
  'meeting.minutes.presentation': 'Presentation',
  'meeting.minutes.presenters': 'Presenters',
  'meeting.minutes.attachments': 'Attachments (Bilag)',
  'meeting.minutes.no_attachments': 'No attachments to this item.',
  'meeting.minutes.attended': 'Present at the meeting:',
  'meeting.minutes.from_organisation': (p) => `From ${p['organisation']}:`,
  'meeting.minutes.group': (p) => `${p['group']}:`,
  'cli.meeting.minutes.missing_file':
    'Give the meeting or the file after "meeting minutes": a stored meeting, or an agenda or minutes as text (.txt), Markdown (.md), Word (.docx) or PDF.',
  'cli.meeting.minutes.format': (p) =>
    `The minutes can be made as Markdown (--format md) or Word (--format docx), not as ${p['format']}.`,
  'cli.meeting.minutes.unplaced': (p) =>
    Number(p['count']) === 1
      ? `One line of the file could not be placed and is not in the minutes. See it with: npm run cli -- meeting import ${p['path']} --dry-run`
      : `${p['count']} lines of the file could not be placed and are not in the minutes. See them with: npm run cli -- meeting import ${p['path']} --dry-run`,
  'cli.meeting.minutes.written': (p) => `The minutes were written to ${p['path']}.`,
  'cli.meeting.minutes.cannot_write': (p) => `Cannot write to the file ${p['path']}.`,
  ...filesEn,
  ...linksEn,
  ...remindersEn,
  ...slackEn,
  ...publishChatEn,
  ...invitationEn,
  ...slackItemsEn,
  ...teamsAgendaEn,
  ...minutesChatEn,
  ...fixesChatEn,
} satisfies Translation<typeof da>;
