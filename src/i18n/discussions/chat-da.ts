import type { Params } from '../messages.ts';

/**
 * Danish for the words both chats use for the same thing in a group
 * discussion (buttons, form labels, headings), so each is said once.
 */
export const chatDa = {
  'discussion.chat.announce_closes_sign_up': (p: Params) =>
    `Tilmeldingen er åben til ${p['when']}; den lukker, når du udsender.`,
  'discussion.chat.button_compile': 'Saml op nu',
  'discussion.chat.button_form': 'Dan grupper',
  'discussion.chat.button_no_preference': 'Intet ønske',
  'discussion.chat.button_ordstyrer': 'Jeg vil være ordstyrer',
  'discussion.chat.button_referent': 'Jeg vil være referent',
  'discussion.chat.button_reform': 'Dan igen',
  'discussion.chat.button_role': 'Skift rolle',
  'discussion.chat.button_send_for_comments': 'Send i høring til kommentering',
  'discussion.chat.button_show_proposal': 'Se forslaget',
  'discussion.chat.button_write_summary': 'Skriv opsamling',
  'discussion.chat.comments_proposal': 'Høringens tekst',
  'discussion.chat.compile_confirm_title': 'Saml op nu?',
  'discussion.chat.move_group': 'Til gruppe',
  'discussion.chat.move_member': 'Deltager',
  'discussion.chat.move_submit': 'Flyt',
  'discussion.chat.proposal_heading': (p: Params) => `Forslag til grupper: ${p['title']}`,
  'discussion.chat.role_member': 'Hvem',
  'discussion.chat.role_ordstyrer': 'ordstyrer',
  'discussion.chat.role_referent': 'referent',
  'discussion.chat.role_role': 'Rolle',
  'discussion.chat.setup_modal_title': 'Ny gruppedrøftelse',
  'discussion.chat.setup_sizing_count': 'Antal grupper i alt',
  'discussion.chat.setup_sizing_number': 'Antal',
  'discussion.chat.status_heading': 'Gruppedrøftelser',
} as const;
