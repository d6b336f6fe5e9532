/**
 * Every id of group discussions that Slack sends back to us: action ids of
 * buttons and selects, callback ids of modals, block ids of their inputs. A
 * button's value carries only the discussion id (and a topic, group or role
 * key: see discussion-values.ts); the council always comes from the
 * workspace the click came from, never from the payload, so a forged value
 * cannot reach another council's discussion.
 *
 * One file, because a button is drawn by one part (the sign-up message, a
 * reminder, the status list) and answered by another.
 */
export const discussionActionIds = {
  /** Value: {d, t}. Chooses topic t ("Emne A: …"); the action id is suffixed per topic (unique in a block). */
  chooseTopic: 'discussion.choose_topic',
  /** Value: {d}. "Intet ønske": no topic preference. */
  noPreference: 'discussion.no_preference',
  /** Value: {d, r}. "Jeg vil være ordstyrer / referent": toggles the volunteering; suffixed by the role. */
  volunteer: 'discussion.volunteer',
  /** Value: {d}. The secretariat forms the groups (a proposal, not yet announced). */
  formGroups: 'discussion.form_groups',
  /** Value: {d}. The secretariat sees the proposal. */
  showProposal: 'discussion.show_proposal',
  /** Value: {d}. "Dan igen": a new seed, hand edits kept. */
  reform: 'discussion.reform',
  /** Value: {d}. Opens the "Flyt deltager" form. */
  moveParticipant: 'discussion.move_participant',
  /** Value: {d}. Opens the "Skift rolle" form. */
  changeRole: 'discussion.change_role',
  /** Value: {d}. "Udsend grupperne", after Slack's confirm dialog. */
  announce: 'discussion.announce',
  /** Value: {d}. The group's writer opens the summary form. */
  writeSummary: 'discussion.write_summary',
  /** Value: {d}. "Saml op nu", after Slack's confirm dialog. */
  compileNow: 'discussion.compile_now',
  /** Value: {d}. The whole opsamling, in a modal. */
  showOpsamling: 'discussion.show_opsamling',
  /** Value: {d}. "Send i høring til kommentering": opens the hearing form. */
  sendForComments: 'discussion.send_for_comments',
  /** Value: {d}. «Ret opsætning»: opens the set-up form prefilled with the discussion as it is. */
  editSetUp: 'discussion.edit_set_up',
} as const;

/** A topic button's action id: one per topic, as Slack wants them unique within a message's block. */
export const chooseTopicActionId = (topic: string): string =>
  `${discussionActionIds.chooseTopic}.${topic}`;

/** Matches both roles' buttons ("discussion.volunteer.ordstyrer"). */
export const volunteerPattern = /^discussion\.volunteer\.(ordstyrer|referent)$/;

/** Matches every topic button's action id. */
export const chooseTopicPattern = /^discussion\.choose_topic\.[A-Z]{1,3}$/;

export const discussionCallbackIds = {
  /** private_metadata: {m, i} when opened from a D item, else empty. */
  setUp: 'discussion_set_up',
  /** private_metadata: {d}. */
  move: 'discussion_move',
  /** private_metadata: {d}. */
  role: 'discussion_role',
  /** private_metadata: {d, g, r, c}: discussion, group, revision seen, which answers were shown cut. */
  summary: 'discussion_summary',
  /** private_metadata: {d}. */
  comments: 'discussion_comments',
  /** Read-only: the whole opsamling. */
  opsamling: 'discussion_opsamling',
  /** private_metadata: {d, s}: the discussion and the `sequence` the form showed. */
  edit: 'discussion_edit',
} as const;

/** Block ids of the set-up form. A topic's blocks carry its index (0–3). */
export const setUpBlocks = {
  title: 'title',
  topicTitle: (index: number) => `topic.${index}.title`,
  topicQuestions: (index: number) => `topic.${index}.questions`,
  sizingKind: 'sizing_kind',
  sizingNumber: 'sizing_number',
  signUpDate: 'sign_up_date',
  signUpTime: 'sign_up_time',
  windowDate: 'window_date',
  windowStart: 'window_start',
  windowEnd: 'window_end',
  dueDate: 'due_date',
  dueTime: 'due_time',
  rooms: 'rooms',
} as const;

export const moveBlocks = { member: 'member', group: 'group' } as const;
export const roleBlocks = { group: 'group', role: 'role', member: 'member' } as const;

/** Block ids of the summary form: one per guiding question, and the notes. */
export const summaryBlocks = {
  answer: (index: number) => `answer.${index}`,
  notes: 'notes',
} as const;

export const commentsBlocks = {
  proposal: 'proposal',
  deadlineDate: 'deadlineDate',
  deadlineTime: 'deadlineTime',
} as const;

/** Up to four topics in the set-up form. */
export const maxTopicsInForm = 4;
