import type { Params } from '../messages.ts';
import type { errorsDa } from './errors-da.ts';

const timesOutOfOrderEn: Readonly<Record<string, string>> = {
  signUpDeadline: 'The sign-up deadline must be after now.',
  windowStart: 'The discussion can start at the sign-up deadline at the earliest.',
  windowEnd: 'The discussion must end after it starts.',
  summariesDue: 'Summaries can be due when the discussion ends at the earliest.',
  summariesDuePassed: 'Summaries must be due after now.',
};

/** A council-local 'YYYY-MM-DDTHH:mm' as "27 Nov 2026 at 12:00". */
function localWhen(value: unknown): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(String(value ?? ''));
  if (match === null) return String(value ?? '');
  const [, year, month, day, hour, minute] = match;
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  return `${Number(day)} ${months[Number(month) - 1] ?? month} ${year} at ${hour}:${minute}`;
}

/** "answers.1" → "Answer 2"; "notes" → "The notes". */
const summaryFieldEn = (field: unknown): string => {
  const answer = /^answers\.(\d+)$/.exec(String(field));
  return answer ? `Answer ${Number(answer[1]) + 1}` : 'The notes';
};

/** English for the group discussions' failures. Spread into en.ts. */
export const errorsEn = {
  'error.discussion_not_found':
    "The group discussion doesn't exist (any more). See the council's group discussions.",
  'error.discussion_without_topics':
    'Give the group discussion at least one topic with a title and at least one question.',
  'error.discussion_times_out_of_order': (p: Params) =>
    timesOutOfOrderEn[String(p['field'])] ??
    'The times must come in order: sign-up deadline, the discussion’s start and end, summaries due.',
  'error.discussion_room_links_mismatch': (p: Params) =>
    `There are ${p['links']} room links for ${p['groups']} groups. Give one link for every group or exactly one per group; change them with “Edit set-up” under “grupper”.`,
  'error.not_allowed_to_manage_discussions':
    'Only the secretariat and the chair group can set up group discussions, form groups and compile. Nothing was changed.',
  'error.discussion_item_not_discussion': (p: Params) =>
    `Item ${p['item']} is not a discussion item (D). A group discussion belongs to a D item — or set it up on its own.`,
  'error.discussion_sign_up_closed': (p: Params) =>
    `Sign-up is closed (the deadline was ${localWhen(p['deadline'])}), or the groups have been announced. Contact the secretariat if you need to move.`,
  'error.discussion_topic_unknown': (p: Params) =>
    `Topic ${p['topic']} is not part of this group discussion. Choose one of the topics shown.`,
  'error.not_a_discussion_participant':
    "You're not among the participants of this group discussion. Contact the secretariat if this is a mistake.",
  'error.discussion_participant_has_afbud':
    "You've sent afbud for the meeting, so your suppleant takes part in the group discussion instead. Withdraw your afbud to take part.",
  'error.discussion_no_proposal': 'There are no groups to announce yet. Form the groups first.',
  'error.discussion_already_announced':
    'The groups have been announced. After that, only the roles can change hands.',
  'error.discussion_not_announced': 'The groups have not been announced yet.',
  'error.discussion_cancelled': 'The group discussion is cancelled. Nothing was changed.',
  'error.discussion_not_group_writer':
    "Only the group's referent (or the ordstyrer, if the referent has left) or the secretariat can write the group's summary.",
  'error.discussion_summary_answers_mismatch': (p: Params) =>
    `The summary needs one answer per question: ${p['questions']} questions, but ${p['answers']} answers.`,
  'error.discussion_summary_too_long': (p: Params) =>
    `${summaryFieldEn(p['field'])} is too long: at most ${p['limit']} characters. Shorten it; nothing was saved.`,
  'error.discussion_summaries_closed': (p: Params) =>
    `Summaries were due ${localWhen(p['due'])}. Contact the secretariat.`,
  'error.discussion_no_summaries':
    'No group has sent its summary yet, so there is nothing to compile.',
  'error.discussion_not_compiled':
    'The opsamling has not been compiled yet. Compile it first, then send it for comments.',
  'error.discussion_changed_meanwhile':
    'Someone changed the same thing meanwhile. Open it again to see the latest version; nothing was overwritten.',
  'error.discussion_already_compiled':
    'The opsamling has gone to the council, so the group discussion can no longer be cancelled.',
  'error.discussion_opsamling_already_sent': (p: Params) =>
    p['hearingId']
      ? `The opsamling has already been sent for comments (hearing ${p['hearingId']}).`
      : 'The opsamling has already been sent for comments.',
  'field.signUpDeadline': 'Sign-up deadline',
  'field.windowStart': 'Discussion starts',
  'field.windowEnd': 'Discussion ends',
  'field.summariesDue': 'Summaries due',
  'field.groupCount': 'Number of groups',
  'field.groupSize': 'Group size',
  'field.roomLinks': 'Room links',
  'field.topics': 'Topics',
  'field.topic': 'Topic',
  'field.groupKey': 'Group (A1, B1 …)',
  'field.answers': 'Answers',
  'field.notes': "The group's notes",
  'field.itemNumber': 'Item',
  'field.discussionId': 'Group discussion',
  'problem.one_of_count_or_size': 'give either a number of groups or a group size, not both.',
  'error.discussion_reformed_before_announcing':
    'Since the groups were formed, someone has sent afbud or changed their choice, so the groups have been formed again (your moves and roles are kept). Look at the new proposal and announce the groups again.',
} satisfies Record<keyof typeof errorsDa, unknown>;
