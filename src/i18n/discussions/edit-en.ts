import type { Params } from '../messages.ts';

const fieldNames: Record<string, string> = {
  title: 'title',
  topics: 'topics and questions',
  sizing: 'number of groups',
  signUpDeadline: 'sign-up deadline',
  windowStart: 'time',
  windowEnd: 'time',
  summariesDue: 'when summaries are due',
  roomLinks: 'room links',
};

/** English for changing a discussion's set-up. */
export const editEn = {
  'discussion.edit.button': 'Edit set-up',
  'discussion.edit.form_title': 'Edit group discussion',
  'discussion.edit.save': 'Save changes',
  'discussion.edit.locked_note':
    'The groups are announced, so the topics, questions, number of groups and sign-up deadline are fixed. You can still change the title, the time, when summaries are due and the room links.',
  'discussion.edit.rooms_hint': (p: Params) =>
    `One link for every group, or one per group in the groups' order (${String(p['groups'])} groups).`,
  'discussion.edit.done': (p: Params) => `“${String(p['title'])}” is updated.`,
  'discussion.edit.nothing_changed': 'Nothing was changed, so nothing was saved.',
  'discussion.edit.regrouped':
    'The groups were formed again for the new frame (your hand edits are kept). Look at the proposal before announcing.',
  'discussion.edit.hand_edits_set_aside':
    'Some hand edits named a group the new frame no longer has and were set aside; the rest are kept. Look the proposal over.',
  'discussion.edit.members_told':
    'Every participant was sent their group again with the new details.',
  'discussion.edit.writers_told': "Whoever writes each group's summary was sent the new due time.",
  'discussion.edit.jobs_moved': 'Reminders and deadlines follow the new times.',
  'discussion.edit.field.title': 'title',
  'discussion.edit.field.topics': 'topics and questions',
  'discussion.edit.field.sizing': 'number of groups',
  'discussion.edit.field.signUpDeadline': 'sign-up deadline',
  'discussion.edit.field.window': 'time',
  'discussion.edit.field.summariesDue': 'when summaries are due',
  'discussion.edit.field.roomLinks': 'room links',
  'discussion.edit.changed': (p: Params) => `Changed: ${String(p['fields'])}.`,
  'error.discussion_field_locked': (p: Params) =>
    `The groups are announced, so the ${fieldNames[String(p['field'])] ?? 'field'} can no longer be changed. You can change the title, the time, when summaries are due and the room links.`,
  'error.discussion_already_on_item': (p: Params) =>
    p['status'] === 'compiled'
      ? `Item ${String(p['item'])} has already had the group discussion “${String(p['title'])}”; its opsamling went to the council and is in the referat under the item.`
      : `Item ${String(p['item'])} already has the group discussion “${String(p['title'])}”. Find it under “grupper”, where you can edit it; cancel it first to start over.`,
  'error.discussion_edit_closed':
    'The opsamling has gone to the council (or the discussion is cancelled), so its set-up can no longer be changed.',
  'error.discussion_topic_has_sign_ups': (p: Params) =>
    `Topic ${String(p['topic'])} has ${String(p['count'])} sign-ups and cannot be removed. Rename it instead, or ask those signed up to choose another topic first.`,
};
