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
  coming: 'meeting.coming',
} as const;
