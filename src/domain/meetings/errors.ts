/** The meetings' failures: importing an agenda or minutes, and a meeting's life. */
export const meetingErrorCodes = [
  // importing
  'agenda_text_empty',
  // reading a Word or PDF file (params: format)
  'agenda_file_unreadable',
  'agenda_file_encrypted',
  'agenda_file_without_text',
  // a meeting's life
  'meeting_status_invalid',
  'meeting_not_found',
  'meeting_cancelled',
  'meeting_changed_meanwhile',
  'meeting_time_skipped',
  'meeting_ended_before_start',
  'meeting_minutes_locked',
  'agenda_import_without_items',
  'agenda_import_drops_decisions',
  'meeting_end_before_start',
  'meeting_time_missing',
  'not_allowed_to_manage_meetings',
  // moving and publishing
  'meeting_afbud_deadline_after_start',
  'meeting_nothing_to_move',
  // decisions and the follow-up sheet
  'decision_item_not_found',
  'noted_only_for_information',
  'decision_after_approval',
  'decision_changed_meanwhile',
  'follow_up_point_not_found',
  'follow_up_nothing_to_set',
  // afbud, coming and attendance
  'meeting_already_begun',
  'afbud_by_substitute',
  'substitute_not_called',
  'not_invited',
  'no_meeting_afbud',
  'guest_not_found',
  // approving the minutes
  'meeting_not_begun',
  'minutes_deadline_invalid',
  'minutes_already_sent',
  'minutes_not_sent',
  'minutes_already_approved',
  'not_a_participant',
  // links to the referat (params: none; say nothing of why a link is invalid)
  'minutes_link_expired',
  'minutes_link_invalid',
  // the follow-up sheet in chat
  'follow_up_not_owner',
  // an agenda shared or pasted in chat (params: max, size; name)
  'agenda_file_too_large',
  'agenda_file_with_macros',
  'agenda_file_unknown_type',
  'agenda_file_download_failed',
  'agenda_import_not_pending',
  // a group discussion's opsamling attached to an item (params: status)
  'group_discussion_meeting_closed',
] as const;

declare module '../errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Record<(typeof meetingErrorCodes)[number], true> {}
}
