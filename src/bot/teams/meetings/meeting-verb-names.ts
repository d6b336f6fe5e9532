/**
 * The Action.Execute verbs of meetings, in one file: a button is often drawn
 * by one part (the overview card, a reminder, "næste møde") and answered by
 * another (afbud, the minutes). Every verb's data carries `meetingId`; the
 * item verbs also `item`, the item's number as printed ("2.1"). The council
 * always comes from who clicked, never from the data.
 */
export const meetingVerbNames = {
  afbud: 'meeting.afbud',
  withdrawAfbud: 'meeting.afbud_withdraw',
  startHearing: 'meeting.item.start_hearing',
  recordDecision: 'meeting.item.record_decision',
  noteItem: 'meeting.item.noted',
  generateMinutes: 'meeting.minutes.generate',
  approveMinutes: 'meeting.minutes.approve',
  remarkOnMinutes: 'meeting.minutes.remark',
  /** Data also `confirmed`: the first click asks, "Ja, offentliggør" publishes. */
  publishAgenda: 'meeting.publish',
  cancelPublishAgenda: 'meeting.publish_cancel',
  /** The decision form's "Gem beslutning": data carries `revision` (the one the form was opened at) and the input `decisionText`. */
  saveDecision: 'meeting.item.save_decision',
  /** Data also carries `point`, the follow-up point's id ("MØDE/PUNKT"). */
  followUpDone: 'meeting.followup.done',
  /** The card's inputs carry the guest: name, organisation, note, presenter, item. */
  addGuest: 'meeting.attendance.add_guest',
  /** The "Generér referat" card's submit: data carries `meetingId` and the deadline inputs. */
  sendMinutes: 'meeting.minutes.send',
  /** The card form's submit with the remark (input `remark`). */
  saveMinutesRemark: 'meeting.minutes.remark_save',
  /** The secretariat's "Luk godkendelse": asks first; `confirmed: true` closes. */
  closeMinutes: 'meeting.minutes.close',
  /**
   * An agenda previewed in the personal chat. These carry `pendingId` (the
   * preview's id) rather than `meetingId`; confirm may carry the planned
   * meeting chosen as `meetingId` ('' or absent: a new one from the header).
   */
  importConfirm: 'meeting.import.confirm',
  importCorrect: 'meeting.import.correct',
  importCancel: 'meeting.import.cancel',
  /** The pasted agenda's card: `text` is the pasted text, `pendingId` the preview it corrects. */
  importPaste: 'meeting.import.paste',
  /** The new meeting card's submission: title, date, start, end, place, link, afbudDate, afbudTime. */
  newMeeting: 'meeting.new',
  coming: 'meeting.coming',
  /** On a D item (data `meetingId`, `item`): opens the group discussion's set-up card (answered by the discussions part). */
  startDiscussion: 'meeting.item.start_discussion',
} as const;
