/**
 * The Action.Execute verbs of group discussions, in one file: a button is
 * often drawn by one card (the sign-up card, a reminder, "grupper") and
 * answered by another part. Every verb's data carries `discussionId`; the
 * council and the person always come from who clicked, never from the data.
 * A D item's "Start gruppedrøftelse" is the meetings' own
 * (`meetingVerbNames.startDiscussion`, data `meetingId`, `item`).
 */
export const discussionVerbNames = {
  /** The set-up card's submit: its inputs, and `meetingId`/`item` when started from a D item. */
  start: 'discussion.start',
  /** Data `topic`: a topic key, or '' for "Intet ønske". */
  chooseTopic: 'discussion.choose_topic',
  /** Data `role`: 'ordstyrer' / 'referent', or '' to withdraw. */
  volunteer: 'discussion.volunteer',
  /** Teams asks for one person's own view of the sign-up card (refresh). */
  refresh: 'discussion.refresh',
  /** "Dan grupper" / "Dan igen": forms (or re-forms, hand edits kept) the proposal. */
  formGroups: 'discussion.form_groups',
  /** "Se forslaget": the proposal card in the secretary's own chat. */
  showProposal: 'discussion.show_proposal',
  /** "Flyt deltager": inputs `moveMember`, `moveGroup`. */
  moveParticipant: 'discussion.move',
  /** "Skift rolle": inputs `roleGroup`, `roleName`, `roleMember`. */
  assignRole: 'discussion.assign_role',
  /** "Udsend grupperne": data `confirmed`; the first click asks. */
  announce: 'discussion.announce',
  /** "Fortryd" on a confirmation card: nothing changes. */
  cancelConfirm: 'discussion.cancel_confirm',
  /** "Skriv opsamling": the summary card for the group's writer. */
  writeSummary: 'discussion.write_summary',
  /** The summary card's submit: data `groupKey`, `revision`; inputs `answer0`…, `notes`. */
  saveSummary: 'discussion.save_summary',
  /** "Saml op nu": data `confirmed`; the first click asks. */
  compile: 'discussion.compile',
  /** "Send i høring til kommentering": the hearing card prefilled from the opsamling. */
  commentsForm: 'discussion.comments_form',
  /** That card's submit: inputs `proposal`, `deadlineDate`, `deadlineTime`. */
  sendForComments: 'discussion.send_for_comments',
  /** "Ret opsætning" on "grupper": the set-up card prefilled with the discussion's current values. */
  editForm: 'discussion.edit_form',
  /** That card's submit: data `discussionId`, `sequence` (what the card showed); the set-up inputs. */
  saveEdit: 'discussion.save_edit',
} as const;
