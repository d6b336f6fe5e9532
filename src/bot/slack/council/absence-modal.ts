import type { Locale } from '../../../domain/council/council.ts';
import type { Hearing } from '../../../domain/hearings/index.ts';
import { fieldLabel, t } from '../../../i18n/council/index.ts';
import { t as meetingText } from '../../../i18n/meetings/index.ts';
import { meetingWhenText } from '../../present/meetings/index.ts';
import { inputActionId } from '../slack-ids.ts';
import { absenceBlocks, absenceCallbackId } from '../council/absence-ids.ts';
import {
  context,
  input,
  modal,
  option,
  plain,
  type Block,
  type ModalView,
} from '../blocks/block-kit.ts';
import { slackLimits } from '../blocks/slack-limits.ts';

/** An upcoming meeting as the form lists it: start and end in council time ('YYYY-MM-DDTHH:mm'). */
export interface AfbudMeetingChoice {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
}

/** An upcoming meeting to send afbud for: the suppleant then holds the seat in it and its hearings. */
function meetingBlock(locale: Locale, meetings: readonly AfbudMeetingChoice[]): Block[] {
  const options = meetings
    .slice(0, slackLimits.staticSelectOptions)
    .map((meeting) => option(`${meeting.title} (${meetingWhenText(locale, meeting)})`, meeting.id));
  if (options.length === 0) return [];
  return [
    input(
      absenceBlocks.meeting,
      meetingText(locale, 'meeting.absence.meeting'),
      {
        type: 'static_select',
        action_id: inputActionId,
        placeholder: plain(meetingText(locale, 'meeting.absence.meeting_placeholder'), 150),
        options,
      },
      { optional: true },
    ),
  ];
}

/** "/raad afbud": an upcoming meeting, one open hearing, or a period (from–to), so the substitute takes the seat. */
export function absenceModal(
  locale: Locale,
  openHearings: readonly Pick<Hearing, 'id' | 'title'>[],
  upcomingMeetings: readonly AfbudMeetingChoice[] = [],
): ModalView {
  const hearingOptions = openHearings
    .slice(0, slackLimits.staticSelectOptions)
    .map((hearing) => option(hearing.title, hearing.id));
  const hearingBlock: Block =
    hearingOptions.length === 0
      ? context(t(locale, 'absence.no_hearings'))
      : input(
          absenceBlocks.hearing,
          t(locale, 'absence.hearing'),
          {
            type: 'static_select',
            action_id: inputActionId,
            placeholder: plain(t(locale, 'absence.hearing_placeholder'), 150),
            options: hearingOptions,
          },
          { optional: true },
        );
  return modal({
    callbackId: absenceCallbackId,
    title: t(locale, 'absence.submit'),
    submit: t(locale, 'absence.submit'),
    close: t(locale, 'slack.modal.cancel'),
    blocks: [
      context(t(locale, 'absence.hint')),
      ...meetingBlock(locale, upcomingMeetings),
      hearingBlock,
      input(
        absenceBlocks.from,
        fieldLabel(locale, 'from'),
        { type: 'datepicker', action_id: inputActionId },
        { optional: true },
      ),
      input(
        absenceBlocks.to,
        fieldLabel(locale, 'to'),
        { type: 'datepicker', action_id: inputActionId },
        { optional: true },
      ),
    ],
  });
}
