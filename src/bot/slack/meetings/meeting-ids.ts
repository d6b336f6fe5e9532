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
  /** Value: meetingId. "Jeg kommer": answers the afbud reminder (and takes back one's afbud). */
  coming: 'meeting.coming',
} as const;

export const meetingCallbackIds = {
  afbud: 'meeting_afbud',
  recordDecision: 'meeting_record_decision',
  minutesRemark: 'meeting_minutes_remark',
  generateMinutes: 'meeting_minutes_generate',
  newMeeting: 'meeting_new',
  importPreview: 'meeting_import_preview',
} as const;
