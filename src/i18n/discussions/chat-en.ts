import type { Params } from '../messages.ts';

/** English for the words both chats use for the same thing in a group discussion. */
export const chatEn = {
  'discussion.chat.announce_closes_sign_up': (p: Params) =>
    `Sign-up is open until ${p['when']}; announcing closes it.`,
  'discussion.chat.button_compile': 'Compile now',
  'discussion.chat.button_form': 'Form groups',
  'discussion.chat.button_no_preference': 'No preference',
  'discussion.chat.button_ordstyrer': 'I will facilitate',
  'discussion.chat.button_referent': 'I will take notes',
  'discussion.chat.button_reform': 'Form again',
  'discussion.chat.button_role': 'Change role',
  'discussion.chat.button_send_for_comments': 'Send for comments',
  'discussion.chat.button_show_proposal': 'See the proposal',
  'discussion.chat.button_write_summary': 'Write summary',
  'discussion.chat.comments_proposal': "The hearing's text",
  'discussion.chat.compile_confirm_title': 'Compile now?',
  'discussion.chat.move_group': 'To group',
  'discussion.chat.move_member': 'Participant',
  'discussion.chat.move_submit': 'Move',
  'discussion.chat.proposal_heading': (p: Params) => `Proposed groups: ${p['title']}`,
  'discussion.chat.role_member': 'Who',
  'discussion.chat.role_ordstyrer': 'facilitator (ordstyrer)',
  'discussion.chat.role_referent': 'note-taker (referent)',
  'discussion.chat.role_role': 'Role',
  'discussion.chat.setup_modal_title': 'New group discussion',
  'discussion.chat.setup_sizing_count': 'Number of groups in all',
  'discussion.chat.setup_sizing_number': 'Number',
  'discussion.chat.status_heading': 'Group discussions',
} as const;
