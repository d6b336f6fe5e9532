import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { input, modal, section, type ModalView } from '../blocks/block-kit.ts';
import { escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { inputActionId } from '../slack-ids.ts';
import { meetingCallbackIds } from './meeting-ids.ts';

/** The input blocks of the minutes' forms, named so a refusal can point at one. */
export const minutesBlockIds = {
  deadlineDate: 'minutes_deadline_date',
  deadlineTime: 'minutes_deadline_time',
  remark: 'minutes_remark',
} as const;

/** A remark is one paragraph or a few: the same bound as the use case's reason field. */
export const remarkMaxLength = 1000;

/** The meeting a minutes modal is about, kept in private_metadata; the council comes from who submits. */
export const minutesMetadata = (meetingId: string): string => JSON.stringify({ m: meetingId });

export function meetingOfMetadata(metadata: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(metadata ?? '') as { m?: unknown };
    return typeof parsed.m === 'string' && parsed.m !== '' ? parsed.m : undefined;
  } catch {
    return undefined;
  }
}

/** "Generér referat": the approval deadline, a week ahead at noon unless changed. */
export function generateMinutesModal(
  locale: Locale,
  meeting: { readonly id: string; readonly title: string },
  suggested: string,
): ModalView {
  const [date = '', time = '12:00'] = suggested.split('T');
  return modal({
    callbackId: meetingCallbackIds.generateMinutes,
    title: t(locale, 'minutes.chat.form_title'),
    submit: t(locale, 'minutes.chat.form_submit'),
    close: t(locale, 'slack.modal.cancel'),
    privateMetadata: minutesMetadata(meeting.id),
    blocks: [
      section(escapeMrkdwn(t(locale, 'minutes.chat.form_intro', { title: meeting.title }))),
      input(minutesBlockIds.deadlineDate, t(locale, 'minutes.chat.deadline_date'), {
        type: 'datepicker',
        action_id: inputActionId,
        initial_date: date,
      }),
      input(minutesBlockIds.deadlineTime, t(locale, 'minutes.chat.deadline_time'), {
        type: 'timepicker',
        action_id: inputActionId,
        initial_time: time,
      }),
    ],
  });
}

/** "Bemærkning til referatet": a text, sent with the member's approval. */
export function remarkModal(locale: Locale, meetingId: string): ModalView {
  return modal({
    callbackId: meetingCallbackIds.minutesRemark,
    title: t(locale, 'minutes.chat.remark_title'),
    submit: t(locale, 'minutes.chat.remark_submit'),
    close: t(locale, 'slack.modal.cancel'),
    privateMetadata: minutesMetadata(meetingId),
    blocks: [
      input(
        minutesBlockIds.remark,
        t(locale, 'minutes.chat.remark_label'),
        {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: Math.min(remarkMaxLength, slackLimits.sectionText),
        },
        { hint: t(locale, 'minutes.chat.remark_hint') },
      ),
    ],
  });
}

/** "Luk godkendelse": it cannot be undone, so it says so and asks. */
export function closeMinutesModal(
  locale: Locale,
  meetingId: string,
  text: { readonly title: string; readonly approved: number; readonly total: number },
): ModalView {
  return modal({
    callbackId: meetingCallbackIds.minutesClose,
    title: t(locale, 'minutes.chat.close_title'),
    submit: t(locale, 'minutes.chat.close_submit'),
    close: t(locale, 'slack.modal.cancel'),
    privateMetadata: minutesMetadata(meetingId),
    blocks: [section(escapeMrkdwn(t(locale, 'minutes.chat.close_confirm', text)))],
  });
}
