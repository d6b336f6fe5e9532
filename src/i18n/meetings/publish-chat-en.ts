import type { Params } from '../messages.ts';

/** English for sending an agenda out from chat. */
export const publishChatEn = {
  'publish.chat.heading': 'Publish an agenda',
  'publish.chat.none':
    'There are no upcoming meetings with items on their agenda. Share the agenda with me in our direct chat, or paste the text with "agenda", and it can be published afterwards.',
  'publish.chat.meeting_line': (p: Params) =>
    Number(p['count']) === 1
      ? `${p['title']} — ${p['when']} — one item`
      : `${p['title']} — ${p['when']} — ${p['count']} items`,
  'publish.chat.status.planned': 'Not published yet.',
  'publish.chat.status.published':
    'Published. If the agenda has been edited, "Publish again" updates the messages in the channel.',
  'publish.chat.button': 'Publish agenda',
  'publish.chat.button_again': 'Publish again',
  'publish.chat.confirm_title': 'Publish the agenda?',
  'publish.chat.confirm_text': (p: Params) =>
    `The agenda of ${p['title']} (${p['when']}) is sent to the council's channel with one reply per item, and the meeting's reminders are planned. It can be edited and published again, but not taken back.`,
  'publish.chat.confirm_again_text': (p: Params) =>
    `The messages about ${p['title']} in the council's channel are updated with the agenda as it is now.`,
  'publish.chat.confirm': 'Yes, publish',
  'publish.chat.cancelled': 'Nothing was sent.',
  'publish.chat.done': (p: Params) =>
    Number(p['reminders']) === 1
      ? `The agenda of ${p['title']} is published in the council's channel. One reminder is planned.`
      : `The agenda of ${p['title']} is published in the council's channel. ${p['reminders']} reminders are planned.`,
  'publish.chat.done_again': (p: Params) =>
    `The agenda of ${p['title']} is published again: the messages in the council's channel are being updated.`,
  'publish.chat.help_slack':
    "/raad publish — send an agenda to the council's channel (secretariat and chair group)",
  'publish.chat.help_teams':
    "publish — send an agenda to the council's channel (secretariat and chair group)",
} as const;
