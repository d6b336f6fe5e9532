import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { input, modal, plain, type ModalView } from '../blocks/block-kit.ts';
import { inputActionId } from '../slack-ids.ts';
import { meetingCallbackIds } from './meeting-ids.ts';

export const newMeetingBlocks = {
  title: 'meeting_title',
  date: 'meeting_date',
  start: 'meeting_start',
  end: 'meeting_end',
  place: 'meeting_place',
  link: 'meeting_link',
  afbudDate: 'meeting_afbud_date',
  afbudTime: 'meeting_afbud_time',
} as const;

const text = (placeholder?: string) => ({
  type: 'plain_text_input' as const,
  action_id: inputActionId,
  ...(placeholder === undefined ? {} : { placeholder: plain(placeholder, 150) }),
});

/** "/raad nyt møde": an empty meeting, to put on the calendar before its agenda comes. */
export function newMeetingModal(locale: Locale): ModalView {
  const label = (field: string) =>
    t(locale, `new_meeting.field.${field}` as 'new_meeting.field.date');
  return modal({
    callbackId: meetingCallbackIds.newMeeting,
    title: t(locale, 'new_meeting.title'),
    submit: t(locale, 'new_meeting.submit'),
    close: t(locale, 'slack.modal.close'),
    blocks: [
      input(newMeetingBlocks.title, label('title'), { ...text(), max_length: 150 }),
      input(newMeetingBlocks.date, label('date'), { type: 'datepicker', action_id: inputActionId }),
      input(newMeetingBlocks.start, label('start'), {
        type: 'timepicker',
        action_id: inputActionId,
      }),
      input(newMeetingBlocks.end, label('end'), { type: 'timepicker', action_id: inputActionId }),
      input(
        newMeetingBlocks.place,
        label('place'),
        { ...text(), max_length: 300 },
        { optional: true },
      ),
      input(
        newMeetingBlocks.link,
        label('link'),
        { ...text('https://'), max_length: 2000 },
        { optional: true },
      ),
      input(
        newMeetingBlocks.afbudDate,
        label('afbud_date'),
        { type: 'datepicker', action_id: inputActionId },
        { optional: true },
      ),
      input(
        newMeetingBlocks.afbudTime,
        label('afbud_time'),
        { type: 'timepicker', action_id: inputActionId },
        { optional: true },
      ),
    ],
  });
}
