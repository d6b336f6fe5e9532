/**
 * Every id of meetings that Slack sends back to us: action ids of buttons,
 * callback ids of modals. A button's value carries only the meeting id (and
 * an item's number); the council always comes from the workspace the click
 * came from, never from the payload, so a forged value cannot reach another
 * council's meeting.
 *
 * One file, because a button is often drawn by one part (the overview, App
 * Home, a reminder) and answered by another (afbud, the minutes).
 */
export const meetingActionIds = {
  /** Value: meetingId. Sends afbud for the meeting (a reason is asked for, optional). */
  afbud: 'meeting.afbud',
  /** Value: meetingId. Withdraws one's afbud: the seat is one's own again. */
  withdrawAfbud: 'meeting.afbud_withdraw',
  /** Value: JSON {meetingId, item} with the item's number as printed ("2.1"). */
  startHearing: 'meeting.item.start_hearing',
  recordDecision: 'meeting.item.record_decision',
  noteItem: 'meeting.item.noted',
  /** Value: meetingId. The secretariat posts the referat to the channel for approval. */
  generateMinutes: 'meeting.minutes.generate',
  /** Value: meetingId. A participant approves the referat. */
  approveMinutes: 'meeting.minutes.approve',
  /** Value: meetingId. Opens the form for a remark on the referat. */
  remarkOnMinutes: 'meeting.minutes.remark',
  /** Value: meetingId. The secretariat sends the agenda to the council's channel (asks first). */
  publishAgenda: 'meeting.publish',
  /** Value: JSON {meetingId, item}. Opens the item's whole text (Sagsfremstilling, the fields cut in the reply), read-only. */
  showItem: 'meeting.item.show',
  /** Value: the follow-up point's id, "MØDE/PUNKT". Its owner (or the secretariat) marks it done. */
  followUpDone: 'meeting.followup.done',
  /** Value: meetingId. The secretariat opens the form to add a guest or presenter. */
  addGuest: 'meeting.attendance.add_guest',
  /** Value: meetingId. The secretariat marks the referat approved (after a confirmation). */
  closeMinutes: 'meeting.minutes.close',
  /** Value: the id of an agenda previewed in chat. Stores it (once, however often clicked). */
  importConfirm: 'meeting.import.confirm',
  /** Value: the previewed agenda's id. Opens its text in a modal to correct it. */
  importCorrect: 'meeting.import.correct',
  /** Value: the previewed agenda's id. Drops it; nothing is stored. */
  importCancel: 'meeting.import.cancel',
  /** A select; each option's value is JSON {p: previewed agenda's id, m: meetingId}. Stores it into that planned meeting. */
  importIntoMeeting: 'meeting.import.into_meeting',
  /** Value: meetingId. "Jeg kommer": answers the afbud reminder (and takes back one's afbud). */
  coming: 'meeting.coming',
  /** Value: JSON {meetingId, item}. On a D item: opens the group discussion's set-up form (answered by the discussions part). */
  startDiscussion: 'meeting.item.start_discussion',
} as const;

export const meetingCallbackIds = {
  afbud: 'meeting_afbud',
  recordDecision: 'meeting_record_decision',
  minutesRemark: 'meeting_minutes_remark',
  generateMinutes: 'meeting_minutes_generate',
  newMeeting: 'meeting_new',
  importPreview: 'meeting_import_preview',
  /** The item's whole text, read-only (nothing to submit). */
  itemText: 'meeting_item_text',
  /** private_metadata: meetingId. */
  addGuest: 'meeting_add_guest',
  minutesClose: 'meeting_minutes_close',
} as const;
