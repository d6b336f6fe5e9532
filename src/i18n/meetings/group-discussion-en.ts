import type { Params, Translation } from '../messages.ts';
import type { groupDiscussionDa } from './group-discussion-da.ts';

/** English for the opsamling of a group discussion as the referat prints it under its item. */
export const groupDiscussionEn = {
  'error.group_discussion_meeting_closed': (p: Params) =>
    p['status'] === 'minutes_approved'
      ? 'The minutes of the meeting are approved, so the summary of the group discussion can no longer be added to them. Nothing was changed.'
      : 'The meeting does not take the summary of the group discussion. Nothing was changed.',
  'meeting.minutes.group_discussion.heading': (p: Params) =>
    `Summary of the group discussions: ${p['title']}`,
  'meeting.minutes.group_discussion.topic': (p: Params) => `Topic ${p['key']} – ${p['title']}`,
  'meeting.minutes.group_discussion.group': (p: Params) =>
    p['submitted'] === 'yes' ? `Group ${p['key']}` : `Group ${p['key']} – submitted no summary`,
  'meeting.minutes.group_discussion.no_answer': 'No answer.',
  'meeting.minutes.group_discussion.notes': 'Other notes',
  'meeting.minutes.group_discussion.missing': (p: Params) =>
    `Groups without a summary: ${p['groups']}.`,
  /** The button on a D item that sets up a group discussion on it. */
  'meeting.item.start_discussion': 'Start group discussion',
} satisfies Translation<typeof groupDiscussionDa>;
