import type { Council } from '../../../domain/council/council.ts';
import type { Hearing } from '../../../domain/hearings/index.ts';
import { formatDeadline, t } from '../../../i18n/council/index.ts';
import { t as meetingText } from '../../../i18n/meetings/index.ts';
import { meetingWhenText } from '../../present/meetings/index.ts';
import {
  adaptiveCard,
  choiceInput,
  dateInput,
  execute,
  fieldError,
  heading,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';

/** An upcoming meeting as the form lists it: start and end in council time ('YYYY-MM-DDTHH:mm'). */
export interface AfbudMeetingChoice {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
}

export interface AbsenceFormValues {
  readonly meetingId?: string;
  readonly hearingId?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * Afbud: for an upcoming meeting, one open hearing, or a period; the
 * member's substitute then holds the seat. A refused submit comes back with
 * the reason on the card.
 */
export function absenceForm(
  council: Council,
  hearings: readonly Hearing[],
  values: AbsenceFormValues = {},
  problem?: string,
  meetings: readonly AfbudMeetingChoice[] = [],
): AdaptiveCard {
  const locale = council.locale;
  const body: CardElement[] = [
    heading(t(locale, 'teams.absence.heading')),
    textBlock(t(locale, 'absence.hint'), { isSubtle: true, spacing: 'None' }),
  ];
  if (meetings.length > 0)
    body.push(
      choiceInput('meetingId', {
        label: meetingText(locale, 'meeting.absence.meeting'),
        style: 'compact',
        placeholder: meetingText(locale, 'meeting.absence.meeting_placeholder'),
        value: values.meetingId ?? '',
        choices: meetings.map((meeting) => ({
          title: `${meeting.title} (${meetingWhenText(locale, meeting)})`,
          value: meeting.id,
        })),
      }),
    );
  if (hearings.length > 0)
    body.push(
      choiceInput('hearingId', {
        label: t(locale, 'absence.hearing'),
        style: 'compact',
        placeholder: t(locale, 'absence.hearing_placeholder'),
        value: values.hearingId ?? '',
        choices: hearings.map((hearing) => ({
          title: `${hearing.title} (${formatDeadline(locale, hearing.deadline, council.timeZone)})`,
          value: hearing.id,
        })),
      }),
    );
  else body.push(textBlock(t(locale, 'absence.no_hearings')));
  body.push(
    textBlock(t(locale, 'teams.absence.period'), { weight: 'Bolder', separator: true }),
    dateInput('from', { label: t(locale, 'field.from'), value: values.from ?? '' }),
    dateInput('to', { label: t(locale, 'field.to'), value: values.to ?? '' }),
  );
  if (problem !== undefined) body.push(fieldError(problem));
  return adaptiveCard(body, {
    actions: [execute(t(locale, 'absence.submit'), 'registerAbsence', {})],
    fallbackText: t(locale, 'teams.absence.heading'),
  });
}
