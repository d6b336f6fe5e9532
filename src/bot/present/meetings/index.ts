/**
 * What other capabilities' surfaces may use of the meetings' presentation:
 * the council's afbud form offers an upcoming meeting and confirms it.
 */
export { afbudSentText, meetingWhenText } from './meeting-dm-presentation.ts';
