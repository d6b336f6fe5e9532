import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import type { NewMeetingField, NewMeetingForm } from '../../present/meetings/new-meeting-form.ts';
import {
  adaptiveCard,
  dateInput,
  execute,
  fieldError,
  heading,
  textInput,
  timeInput,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

const labelKeys: Record<NewMeetingField, string> = {
  title: 'new_meeting.field.title',
  date: 'new_meeting.field.date',
  start: 'new_meeting.field.start',
  end: 'new_meeting.field.end',
  place: 'new_meeting.field.place',
  link: 'new_meeting.field.link',
  afbudDate: 'new_meeting.field.afbud_date',
  afbudTime: 'new_meeting.field.afbud_time',
};

/**
 * "nyt møde": the empty meeting form. A refused submit comes back as the same
 * card with what was typed and the problem in red under its field.
 */
export function newMeetingCard(
  locale: Locale,
  values: NewMeetingForm = {},
  errors: Partial<Record<NewMeetingField, string>> = {},
): AdaptiveCard {
  const label = (field: NewMeetingField) => t(locale, labelKeys[field] as 'new_meeting.field.date');
  const field = (name: NewMeetingField, element: CardElement): CardElement[] => {
    const problem = errors[name];
    return problem === undefined ? [element] : [element, fieldError(`${label(name)} ${problem}`)];
  };
  const value = (name: NewMeetingField) => values[name] ?? '';
  const body: CardElement[] = [
    heading(t(locale, 'new_meeting.title')),
    ...field(
      'title',
      textInput('title', { label: label('title'), value: value('title'), maxLength: 150 }),
    ),
    ...field('date', dateInput('date', { label: label('date'), value: value('date') })),
    ...field('start', timeInput('start', { label: label('start'), value: value('start') })),
    ...field('end', timeInput('end', { label: label('end'), value: value('end') })),
    ...field(
      'place',
      textInput('place', { label: label('place'), value: value('place'), maxLength: 300 }),
    ),
    ...field(
      'link',
      textInput('link', { label: label('link'), value: value('link'), placeholder: 'https://' }),
    ),
    ...field(
      'afbudDate',
      dateInput('afbudDate', { label: label('afbudDate'), value: value('afbudDate') }),
    ),
    ...field(
      'afbudTime',
      timeInput('afbudTime', { label: label('afbudTime'), value: value('afbudTime') }),
    ),
  ];
  return adaptiveCard(body, {
    actions: [execute(t(locale, 'new_meeting.submit'), meetingVerbNames.newMeeting, {})],
    fallbackText: t(locale, 'new_meeting.title'),
  });
}
