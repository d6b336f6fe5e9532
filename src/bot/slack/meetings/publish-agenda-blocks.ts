import type { Locale } from '../../../domain/council/council.ts';
import type { MeetingRecord } from '../../../domain/meetings/meeting-record.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { publishableMeetingLine } from '../../present/meetings/publishable-meeting-lines.ts';
import {
  button,
  context,
  header,
  plain,
  section,
  type Block,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';

/** A message has at most 50 blocks; three per meeting and a header leave room for 15 meetings. */
export const publishableShownMax = 15;
/** Slack's confirm dialog text is at most 300 characters. */
const confirmTextMax = 300;

/**
 * "/raad offentliggoer": the secretariat's upcoming meetings with an agenda,
 * each with its button. Publishing cannot be taken back, so Slack asks first
 * (the button's confirm dialog) and says what will happen.
 */
export function publishableMeetingsMessage(
  locale: Locale,
  records: readonly MeetingRecord[],
): SlackMessage {
  if (records.length === 0) {
    const none = t(locale, 'publish.chat.none');
    return { text: none, blocks: [section(escapeMrkdwn(none))] };
  }
  const blocks: Block[] = [header(t(locale, 'publish.chat.heading'))];
  for (const record of records.slice(0, publishableShownMax)) {
    const shown = publishableMeetingLine(locale, record);
    const choose = button(
      t(locale, shown.again ? 'publish.chat.button_again' : 'publish.chat.button'),
      meetingActionIds.publishAgenda,
      shown.meetingId,
      shown.again ? undefined : 'primary',
    );
    blocks.push(
      {
        ...section(`*${escapeMrkdwn(clip(shown.line, slackLimits.sectionText - 10))}*`),
        accessory: {
          ...choose,
          confirm: {
            title: plain(shown.confirmTitle, 100),
            text: plain(clip(shown.confirmText, confirmTextMax), confirmTextMax),
            confirm: plain(t(locale, 'publish.chat.confirm'), 30),
            deny: plain(t(locale, 'confirm.cancel'), 30),
          },
        },
      },
      context(escapeMrkdwn(shown.status)),
    );
  }
  return { text: t(locale, 'publish.chat.heading'), blocks };
}
