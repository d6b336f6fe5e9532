import type { Locale } from '../../../domain/council/council.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import type { MeetingRecord } from '../../../domain/meetings/meeting-record.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { t as sharedT } from '../../../i18n/shared/index.ts';
import { input, modal, option, section, type ModalView } from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { inputActionId } from '../slack-ids.ts';
import { meetingCallbackIds } from './meeting-ids.ts';

export const guestBlocks = {
  name: 'guest_name',
  organisation: 'guest_organisation',
  note: 'guest_note',
  presenter: 'guest_presenter',
  item: 'guest_item',
} as const;

/** The form's words, under "meeting.attendance_chat.". */
export type GuestFormKey =
  | 'guest_form_title'
  | 'save'
  | 'guest_name'
  | 'guest_organisation'
  | 'guest_note'
  | 'guest_presenter'
  | 'guest_item';

/** The form for a guest or an oplægsholder: name, organisation, a note, presenter and under which item. */
export function guestModal(locale: Locale, record: MeetingRecord): ModalView {
  const items = record.items.slice(0, slackLimits.staticSelectOptions).map((item) => {
    const number = formatAgendaNumber(item.number);
    return option(clip(`${number} ${item.title}`, slackLimits.optionText), number);
  });
  const label = (key: GuestFormKey) => t(locale, `meeting.attendance_chat.${key}`);
  return modal({
    callbackId: meetingCallbackIds.addGuest,
    title: label('guest_form_title'),
    submit: label('save'),
    close: sharedT(locale, 'slack.modal.cancel'),
    privateMetadata: record.meeting.id,
    blocks: [
      section(`*${escapeMrkdwn(record.meeting.title)}*`),
      input(guestBlocks.name, label('guest_name'), {
        type: 'plain_text_input',
        action_id: inputActionId,
        max_length: 150,
      }),
      input(guestBlocks.organisation, label('guest_organisation'), {
        type: 'plain_text_input',
        action_id: inputActionId,
        max_length: 150,
      }),
      input(
        guestBlocks.note,
        label('guest_note'),
        { type: 'plain_text_input', action_id: inputActionId, max_length: 300 },
        { optional: true },
      ),
      input(
        guestBlocks.presenter,
        label('guest_presenter'),
        {
          type: 'checkboxes',
          action_id: inputActionId,
          options: [option(label('guest_presenter'), 'presenter')],
        },
        { optional: true },
      ),
      ...(items.length === 0
        ? []
        : [
            input(
              guestBlocks.item,
              label('guest_item'),
              {
                type: 'static_select',
                action_id: inputActionId,
                options: items,
              },
              { optional: true },
            ),
          ]),
    ],
  });
}
