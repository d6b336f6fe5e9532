/**
 * What other capabilities may use of the meetings' use cases: a hearing
 * opened on an agenda item checks that the meeting and the item exist.
 */
export { loadMeeting } from './load-meeting.ts';
export { meetingIdField } from './meeting-fields.ts';
export { itemNumbered } from '../../domain/meetings/meeting-record.ts';
