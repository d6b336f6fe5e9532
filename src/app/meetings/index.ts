/**
 * What other capabilities may use of the meetings' use cases: a hearing
 * opened on an agenda item checks that the meeting and the item exist; a
 * compiled group discussion attaches its opsamling to its item.
 */
export { loadMeeting } from './load-meeting.ts';
export { meetingIdField } from './meeting-fields.ts';
export { itemNumbered } from '../../domain/meetings/meeting-record.ts';
export {
  attachGroupDiscussion,
  type AttachGroupDiscussionInput,
} from './attach-group-discussion.ts';
export type { ItemGroupDiscussion } from '../../domain/meetings/item-group-discussion.ts';
