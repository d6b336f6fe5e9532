import type { Params, Translation } from '../messages.ts';
import type { da } from './da.ts';

/** English for hearings. Every Danish key must exist here (typechecked). */
export const en = {
  // errors: the codes of src/domain/hearings/errors.ts
  'error.not_allowed_to_open': 'Only the secretariat and the chair group can open hearings.',
  'error.not_allowed_to_manage':
    'Only the secretariat and the chair group can change or close a hearing.',
  'error.not_allowed_to_remind': 'Only the secretariat and the chair group can send reminders.',
  'error.agenda_item_needed_with_meeting':
    "Say which item on the meeting's agenda the hearing belongs to (e.g. 2.1).",
  'error.agenda_item_not_on_meeting': (p: Params) =>
    `${p['title']} has no item ${p['item']} on its agenda. Check the item's number on the agenda.`,
  'cli.hint.agenda_item_not_on_meeting': 'See the meeting\'s agenda with "meeting show MEETING".',
  'error.hearing_not_found':
    'That hearing does not exist. Check its number, or see the list of your open hearings.',
  'error.hearing_not_open': 'The hearing is no longer open — it has been closed or withdrawn.',
  'error.deadline_passed': 'The deadline has passed, so votes can no longer be cast.',
  'error.deadline_in_past': (p) =>
    `The deadline must be at least ${p['minutes']} minutes in the future. Choose a later date or time.`,
  'error.deadline_too_far': (p) =>
    `The deadline can be at most ${p['days']} days ahead. Choose an earlier date.`,
  'error.deadline_unchanged': 'The new deadline is the same as the old one.',
  'error.choice_not_in_mode': 'That answer does not fit this kind of hearing.',
  'error.reason_required': 'Please give a reason — it is required for this answer.',
  'error.comment_required': 'Please write your response in the text field.',
  'error.no_ballot_to_withdraw': 'You have no answer to withdraw.',
  'error.already_recused': 'Your conflict of interest in this matter is already recorded.',

  // what is wrong with one field
  'problem.invalid_agenda_item': 'must be an item number like 0.1.1.',

  // field names, as the forms label them
  'field.title': 'Title',
  'field.proposal': 'Recommendation',
  'field.agendaItem': 'Agenda item',
  'field.mode': 'Kind',
  'field.deadlineDate': 'Deadline date',
  'field.deadlineTime': 'Deadline time',
  'field.deadline': 'Deadline',
  'field.reason': 'Reason',
  'field.choice': 'Answer',
  'field.hearingId': 'Hearing',
  'field.rules.quorum': 'Quorum',
  'field.rules.majority': 'Majority',
  'field.format': 'File format',

  // hearing vocabulary
  'mode.vote': 'Vote',
  'mode.silence': 'Silence procedure',
  'mode.comments': 'Written comments',
  'choice.for': 'For',
  'choice.against': 'Against',
  'choice.abstain': 'Abstain',
  'choice.objection': 'Objection',
  'choice.comment': 'Comment',
  'state.draft': 'Draft',
  'state.open': 'Open',
  'state.closed': 'Closed',
  'state.cancelled': 'Withdrawn',
  'outcome.adopted': 'Adopted',
  'outcome.rejected': 'Rejected',
  'outcome.no_quorum': 'No quorum',
  'outcome.noted': 'Noted',
  'majority.simple': 'Simple majority',
  'majority.absolute': 'Absolute majority',
  'majority.two_thirds': 'Two-thirds majority',
  'ballot.named': 'Named votes',
  'ballot.secret': 'Secret ballot',
  'results.live': 'Votes shown as they come in',
  'results.after_close': 'Result shown after the deadline',

  // a deadline on a weekend or a public holiday is accepted, with a note
  'deadline.note.saturday': 'The deadline falls on a Saturday.',
  'deadline.note.sunday': 'The deadline falls on a Sunday.',
  'deadline.note.holiday': (p) => `The deadline falls on a public holiday (${p['name']}).`,

  // what every surface says about a hearing
  'hearing.deadline': (p) => `Deadline: ${p['when']}`,
  'hearing.agenda_item': (p) => `Agenda item ${p['item']}`,
  'hearing.counts': (p) =>
    `For: ${p['for']} · Against: ${p['against']} · Abstain: ${p['abstain']} — ${p['responded']} of ${p['eligible']} have answered`,
  'hearing.counts_silence': (p) =>
    `Objections: ${p['objections']} — ${p['responded']} of ${p['eligible']} have answered`,
  'hearing.counts_comments': (p) => `${p['comments']} comments from ${p['eligible']} seats`,
  'hearing.counts_hidden': (p) =>
    `${p['responded']} of ${p['eligible']} have answered. The result is shown after the deadline.`,
  'hearing.your_ballot': (p) => `You voted ${p['choice']} — you can change it until the deadline.`,
  'hearing.seat_person': (p) => `${p['name']} (${p['organisation']})`,
  'hearing.seat_person_substitute': (p) =>
    `${p['name']} (${p['organisation']}, substitute for ${p['member']})`,
  'hearing.your_ballot_substitute': (p) =>
    `You voted ${p['choice']} as substitute for ${p['member']} — you can change it until the deadline.`,
  'hearing.your_objection': 'You have objected — you can withdraw it until the deadline.',
  'hearing.your_comment': 'Your comment was received — you can change it until the deadline.',
  'hearing.not_answered': 'You have not answered yet.',
  'hearing.not_answered_substitute': (p) =>
    `You have not answered yet. You answer as substitute for ${p['member']}, who sent apologies.`,
  'hearing.your_ballot_changed': (p) =>
    `Your vote changed from ${p['from']} to ${p['to']} — you can change it until the deadline.`,
  'hearing.your_ballot_changed_substitute': (p) =>
    `Your vote as substitute for ${p['member']} changed from ${p['from']} to ${p['to']} — you can change it until the deadline.`,
  'hearing.your_final_ballot': (p) => `You voted ${p['choice']}.`,
  'hearing.your_final_ballot_substitute': (p) =>
    `You voted ${p['choice']} as substitute for ${p['member']}.`,
  'hearing.your_final_objection': 'You objected.',
  'hearing.your_final_comment': 'You submitted a comment.',
  'hearing.stance_secretariat':
    'You follow the hearing as the secretariat and do not vote yourself.',
  'hearing.silence_explainer':
    'The proposal is adopted unless someone objects before the deadline.',
  'hearing.opened': (p) => `New hearing: ${p['title']}`,
  'hearing.closed': (p) => `The hearing "${p['title']}" has closed: ${p['outcome']}.`,
  'hearing.cancelled': (p) => `The hearing "${p['title']}" has been withdrawn.`,
  'hearing.deadline_moved': (p) => `The deadline for "${p['title']}" has moved to ${p['when']}.`,
  'hearing.reminder': (p) =>
    `Reminder: you have not yet answered the hearing "${p['title']}". The deadline is ${p['when']}.`,
  'hearing.reminder_substitute': (p) =>
    `Reminder: you hold ${p['member']}'s seat, who sent apologies. The hearing "${p['title']}" needs an answer; the deadline is ${p['when']}.`,
  'hearing.recused': (p) => `${p['name']} declared a conflict of interest.`,
  'hearing.closed_by.deadline': 'Closed when the deadline passed.',
  'hearing.closed_by.all_responded': 'Closed early: every seat has answered.',
  'hearing.closed_by.member': (p) => `Closed by ${p['name']}.`,
  'ballot.recorded': (p) => `Your vote is recorded: ${p['choice']}.`,
  'ballot.changed': (p) => `Your vote changed from ${p['from']} to ${p['to']}.`,
  'ballot.checking':
    'Checking your vote … The connection to the database was lost while it was being saved. You will hear from us here in a moment.',
  'ballot.not_recorded': 'Your vote was not recorded. Please try again.',
  'ballot.unverified':
    'We still cannot reach the database and do not know whether your vote was recorded. Look at the hearing shortly, and try again if your answer is not there.',
  'ballot.withdrawn': 'Your answer was withdrawn.',
  'recusal.recorded':
    'Your conflict of interest is recorded; your seat takes no part in the hearing.',
  'rules.heading': 'Rules',
  'hearing.new': 'New hearing',
  'open_form.title_placeholder': 'E.g. Draft employment plan 2027',
  'open_form.proposal_placeholder':
    'The recommendation the council decides on: "The chair group recommends that …"',
  'open_form.time_hint': (p) =>
    `Council time (${p['zone']}). The deadline must be at least 10 minutes ahead.`,
  'open_form.rule.close_all': 'Close as soon as everyone has answered',
  'open_form.submit': 'Open hearing',
  'opened.heading': 'Hearing opened',
  'hearing.outcome': (p) => `Result: ${p['outcome']}`,
  'mine.empty': 'You have no open hearings right now.',
  'result.heading': (p) => `Result of the hearing "${p['title']}"`,
  'result.voters': (p) => `${p['choice']}: ${p['names']}`,
  'result.no_answer': (p) => `No answer: ${p['names']}`,
  'reminder.answer_here': 'Answer right here:',

  // managing an open hearing: the secretariat's and the chair group's section
  'manage.heading': 'Secretariat and chair group',
  'manage.unanswered': (p) => `Not yet answered: ${p['names']}`,
  'manage.all_answered': 'Every seat has answered.',
  'manage.remind_now': 'Remind now',
  'manage.close_now': 'Close the hearing now',
  'manage.close_title': 'Close the hearing now?',
  'manage.close_question': (p) =>
    `Do you want to close the hearing "${p['title']}" before its deadline?`,
  'manage.close_confirm': 'Yes, close the hearing',
  'manage.close_cancelled': 'The hearing has not been closed. It is still open.',
  'manage.closed_title': 'The hearing is closed',
  'manage.closed': (p) => `The hearing "${p['title']}" is closed: ${p['outcome']}.`,
  'manage.close_changed':
    'New answers have come in since you pressed. See what closing leads to now, and confirm again:',
  'manage.preview.responded': (p) => `${p['responded']} of ${p['eligible']} have answered.`,
  'manage.preview.no_quorum': 'If the hearing is closed now, it will not be quorate.',
  'manage.preview.outcome': (p) =>
    `If the hearing is closed now, the result will be: ${p['outcome']}${p['counts'] ? ` (${p['counts']})` : ''}.`,
  'manage.preview.hidden':
    'If the hearing is closed now, it is settled on the answers given. The result is shown once it is closed.',
  'manage.preview.no_more_answers': 'Those who have not answered cannot answer afterwards.',
  'manage.preview.count.for': (p) => `For ${p['count']}`,
  'manage.preview.count.against': (p) => `Against ${p['count']}`,
  'manage.preview.count.abstain': (p) => `Abstain ${p['count']}`,
  'manage.preview.count.objections': (p) =>
    p['count'] === 1 ? '1 objection' : `${p['count']} objections`,
  'manage.reminded': (p) =>
    `Reminder sent to the ${p['count']} who have not answered: ${p['names']}.`,
  'manage.remind_all_answered': 'Every seat has answered, so there is nobody to remind.',
  'manage.remind_too_soon': (p) =>
    `A reminder was already sent at ${p['at']}. You can remind again from ${p['next']}.`,

  // help
  'help.command.new': 'new hearing — opens a hearing (secretariat and chair group)',
  'help.command.mine': 'my hearings — your open hearings and your answers',

  // command line (src/bot/cli): the secretariat types flags, so errors name them
  'cli.deadline.missing': (p) =>
    `Give the deadline with --deadline, e.g. "${p['iso']}", "+7d 12:00", "friday 12:00" or "tomorrow 12:00".`,
  'cli.deadline.invalid': (p) =>
    `--deadline "${p['text']}" cannot be read as a deadline. Write e.g. "${p['iso']}", "+7d 12:00", "friday 12:00" or "tomorrow 12:00".`,
  'cli.help.hearings': `  npm run cli -- hearing list [--council ID]                      list open hearings
  npm run cli -- hearing open --as ID --title T --proposal P --deadline "+7d 12:00"  
        [--mode vote|silence|comments] [--agenda-item 0.1.1 [--meeting MEETING]] [--quorum 0.5]
        [--majority simple|absolute|two_thirds] [--secret] [--results-after-close]
        [--reason-with-against] [--close-when-all-answered] [--draft] [--proposal-file FILE]
  npm run cli -- hearing publish HEARING --as ID                  open a draft (made with --draft)
  npm run cli -- hearing show HEARING [--as ID]                   result, seats and audit trail
  npm run cli -- hearing vote HEARING ANSWER --as ID [--reason TEXT]
        ANSWER: for, against or abstain; objection in a tacit approval; comment in a
        consultation (the text in --reason). Danish words (imod, undlader …) work too.
  npm run cli -- hearing withdraw HEARING --as ID                 withdraw your answer
  npm run cli -- hearing deadline HEARING --deadline "…" --as ID  move the deadline
  npm run cli -- hearing remind HEARING --as ID                   remind those who have not answered
  npm run cli -- hearing close HEARING --as ID                    close before the deadline
  npm run cli -- hearing cancel HEARING --as ID                   withdraw the hearing
  npm run cli -- hearing afbud HEARING --as ID                    send apologies for one hearing
  npm run cli -- hearing afbud --from YYYY-MM-DD --to YYYY-MM-DD --as ID
  npm run cli -- hearing inhabil HEARING --as ID                  declare a conflict of interest
  npm run cli -- hearing export HEARING [--format csv|json] [--out FILE]
        one row per seat: member, who answered (member or substitute), answer, reason,
        time and changes; --audit exports the audit trail instead.
        CSV is UTF-8 with a BOM and ; between fields (opens directly in Danish Excel).
        In a secret ballot the answers are not next to the names but counted apart.

--deadline takes (the council's local time; without a time of day it is 12:00):
  "YYYY-MM-DD 12:00" or "YYYY-MM-DDT12:00"        a date
  "+7d 12:00", "+2w 12:00"                        in 7 days / 2 weeks
  "friday 12:00" or "fredag 12:00"                next Friday (never today)
  "tomorrow 12:00", "today 16:00"                 tomorrow / today`,
  'cli.missing.--deadline':
    'Give the deadline with --deadline. See how to write it with "npm run cli -- help".',
  'cli.missing.--title': 'Give the title with --title, e.g. --title "Annual plan 2027".',
  'cli.missing.--proposal':
    'Give the proposal with --proposal "…", or read it from a file with --proposal-file FILE.',
  'cli.missing.HØRING':
    'Give the hearing’s id after the command. See the ids with "npm run cli -- hearing list".',
  'cli.arg.hearing': 'HEARING',
  'cli.arg.answer': 'the answer',
  'cli.unknown_choice': (p) =>
    `The answer "${p['word']}" is not one this hearing takes. Write ${p['words']}.`,
  'cli.missing_choice': (p) => `Give your answer after the hearing’s id: ${p['words']}.`,
  'cli.word.for': 'for',
  'cli.word.against': 'against',
  'cli.word.abstain': 'abstain',
  'cli.word.objection': 'objection',
  'cli.word.comment': 'comment',
  'cli.error.comment_required': 'Write your comment after --reason, e.g. --reason "We suggest …".',
  'cli.error.reason_required':
    'Give a reason after --reason — this answer needs one, e.g. --reason "Too costly.".',
  'cli.error.hearing_not_found':
    'The hearing does not exist. Check the id, or see the open hearings with "npm run cli -- hearing list".',
  'cli.no_open_hearings': 'No open hearings.',
  'cli.show.outcome': 'Result',
  'cli.show.seats': 'Seats:',
  'cli.show.recused': 'recused',
  'cli.show.answered': 'answered',
  'cli.show.not_answered': 'not answered',
  'cli.show.audit': 'Audit trail:',
  'cli.audit.cast': (p) => `${p['who']} voted ${p['choice']}`,
  'cli.audit.abstain': (p) => `${p['who']} abstained`,
  'cli.audit.cast_secret': (p) => `${p['who']} cast a vote`,
  'cli.audit.objection': (p) => `${p['who']} objected`,
  'cli.audit.comment': (p) => `${p['who']} commented`,
  'cli.audit.change': (p) => `${p['who']} changed to ${p['choice']}`,
  'cli.audit.change_secret': (p) => `${p['who']} changed their vote`,
  'cli.audit.change_comment': (p) => `${p['who']} changed their comment`,
  'cli.audit.withdraw': (p) => `${p['who']} withdrew their vote`,
  'cli.audit.withdraw_answer': (p) => `${p['who']} withdrew their answer`,
  'cli.audit.recusal': (p) => `${p['who']} declared a conflict of interest`,
  'cli.export.written': (p) => `${p['rows']} rows written to ${p['path']}.`,
  'cli.export.col.seat': 'Seat',
  'cli.export.col.member': 'Member',
  'cli.export.col.organisation': 'Organisation',
  'cli.export.col.answered_by': 'Answered by',
  'cli.export.col.acting_as': 'As',
  'cli.export.col.answer': 'Answer',
  'cli.export.col.reason': 'Reason',
  'cli.export.col.answered_at': 'Time',
  'cli.export.col.changes': 'Changes',
  'cli.export.col.last_change': 'Last changed',
  'cli.export.col.count': 'Count',
  'cli.export.col.time': 'Time',
  'cli.export.col.event': 'Event',
  'cli.export.col.by': 'By',
  'cli.export.acting.member': 'member',
  'cli.export.acting.substitute': 'substitute',
  'cli.export.answered_secret': 'answered (secret ballot)',
  'cli.export.event.cast': 'answered',
  'cli.export.event.change': 'changed answer',
  'cli.export.event.withdraw': 'withdrew answer',
  'cli.export.event.recusal': 'recused',

  // Teams surface (src/bot/teams): what only Teams' cards and chats need
  'teams.form.intro': (p) => `Put to ${p['council']}. Fields marked * are required.`,
  'teams.form.agenda_placeholder': 'E.g. 0.1.1 (optional)',
  'teams.form.ballot': 'Ballot',
  'teams.form.results': 'Results',
  'teams.form.quorum.half': 'Half of the seats must answer',
  'teams.form.quorum.two_thirds': 'Two thirds of the seats must answer',
  'teams.form.quorum.all': 'All seats must answer',
  'teams.form.quorum.none': 'No requirement',
  'teams.form.rule.reason_against': 'Reason required with Against',
  'teams.form.fix': 'Correct the marked fields and send again. Nothing has been created yet.',
  'teams.opened.body': (p) =>
    `"${p['title']}" is open with the deadline ${p['when']}. The card with the buttons arrives in the council channel in a moment.`,
  'teams.opened.no_channel':
    'The council has no Teams channel yet: install Rådsbot in the council\'s channel, or type "@Rådsbot bind <council-id>" there. Meanwhile members can answer through "my hearings".',
  'teams.card.reason_placeholder': 'Write your reason here',
  'teams.card.reason_required': (p) => `Required with ${p['choices']}.`,
  'teams.card.how_to':
    'You can change your answer until the deadline. Type "my hearings" to Rådsbot to see your hearings.',
  'teams.card.show_mine': 'Show my answer',
  'teams.card.refresh': 'Refresh',
  'teams.card.closed_done': (p) => `The hearing is closed: ${p['outcome']}.`,
  'teams.mine.heading': 'Your open hearings',
  'teams.mine.more': (p) => `… and ${p['count']} more hearings.`,

  // Slack surface (src/bot/slack): what only chat with buttons and modals needs
  'slack.not_on_roster_home':
    'You are not registered in the council — please contact the secretariat. Once your Slack user is on the roster, your hearings show here.',
  'slack.hearing.how_to':
    'You can change your answer until the deadline. See your hearings in Rådsbot\'s "Home" tab or with /raad mine.',
  'slack.button.reason': 'Give a reason …',
  'slack.open_modal.agenda_placeholder': 'E.g. 0.1.1',
  'slack.open_modal.channel': 'Channel',
  'slack.open_modal.channel_hint':
    "The hearing is posted here, and the channel is remembered as the council's channel. Rådsbot must be invited to it (/invite @Rådsbot).",
  'slack.open_modal.channel_required': 'Choose the channel to post the hearing in.',
  'slack.open_modal.rule.reason_against': 'A reason is required with Against',
  'slack.opened.body': (p) =>
    `"${p['title']}" is open in <#${p['channel']}> with the deadline ${p['when']}. The message with the buttons follows in a moment.`,
  'slack.reason_modal.title': 'Give a reason',
  'slack.reason_modal.submit': 'Send answer',
  'slack.reason_modal.required': 'A reason is required for this answer.',
  'slack.reason_modal.optional': 'The reason is shown with your vote.',
  'slack.home.title': 'Your hearings',
  'slack.home.intro': (p) => `Open hearings in ${p['council']}.`,
  'slack.home.empty':
    "There are no open hearings right now. When the secretariat opens one, it shows here and in the council's channel.",
  'slack.home.deadlines': 'Upcoming deadlines',
  'slack.home.deadline_line': (p) => `${p['when']} — ${p['title']}`,
  'slack.home.more': (p) => `… and ${p['count']} more hearings. Type /raad mine to see them all.`,
  'slack.home.footer': 'Type /raad help to see everything Rådsbot can do.',
  'slack.help.hoering': '/hoering [title] — open a hearing (secretariat and chair group)',
  'slack.help.new': '/raad new — the same as /hoering',
  'slack.help.mine': '/raad mine — your open hearings with your answers and the buttons',
  'slack.help.shortcut':
    'The message shortcut "Send i høring" (⋮ on a message) drafts a hearing from the message.',
  'slack.help.home': 'Rådsbot\'s "Home" tab shows your open hearings and upcoming deadlines.',
} satisfies Translation<typeof da>;
