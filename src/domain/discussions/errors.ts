/** The group discussions' failures. Each has a text in src/i18n/discussions/. */
export const discussionErrorCodes = [
  // setting up (params name the field)
  'discussion_not_found',
  'discussion_without_topics',
  'discussion_times_out_of_order',
  'discussion_room_links_mismatch',
  'not_allowed_to_manage_discussions',
  'discussion_item_not_discussion',
  // sign-up
  'discussion_sign_up_closed',
  'discussion_topic_unknown',
  'not_a_discussion_participant',
  'discussion_participant_has_afbud',
  // forming the groups
  'discussion_more_groups_than_people',
  'discussion_too_few_for_roles',
  'discussion_group_unknown',
  'discussion_member_not_in_group',
  'discussion_same_person_both_roles',
  'discussion_no_proposal',
  'discussion_already_announced',
  'discussion_not_announced',
  'discussion_cancelled',
  // summaries and the opsamling
  'discussion_not_group_writer',
  'discussion_summary_answers_mismatch',
  'discussion_summary_too_long',
  'discussion_summaries_closed',
  'discussion_no_summaries',
  'discussion_not_compiled',
  'discussion_changed_meanwhile',
  // added with the use cases
  'discussion_already_compiled',
  'discussion_opsamling_already_sent',
  // forming the groups: manual moves put more people in a group than its topic's sizes allow
  'discussion_group_too_full',
  // announcing a proposal that afbud or a changed choice has made out of date
  'discussion_reformed_before_announcing',
  // changing the set-up: a field the status no longer allows, too late for any change,
  // a topic members chose taken away
  'discussion_field_locked',
  'discussion_edit_closed',
  'discussion_topic_has_sign_ups',
  // a second discussion on the same agenda item
  'discussion_already_on_item',
] as const;

declare module '../errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Record<(typeof discussionErrorCodes)[number], true> {}
}
