import type { CreateMeetingInput } from '../../../app/meetings/create-meeting.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { describeFailure, describeProblem } from '../../../i18n/shared/index.ts';
import { t } from '../../../i18n/meetings/index.ts';

/** The empty meeting form's fields, the same on both surfaces. */
export const newMeetingFields = [
  'title',
  'date',
  'start',
  'end',
  'place',
  'link',
  'afbudDate',
  'afbudTime',
] as const;
export type NewMeetingField = (typeof newMeetingFields)[number];
export type NewMeetingForm = Partial<Record<NewMeetingField, string>>;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTime = (value: string) => /^\d{2}:\d{2}$/.test(value);

/**
 * The form as createMeeting's input, or the problem under each field that is
 * wrong in its shape (a date that is no date, a time that is no time, a
 * missing required field). The calendar itself (a 30 February, an end before
 * the start) is the use case's to check; {@link fieldOfFailure} places its answer.
 */
export function readNewMeetingForm(
  locale: Locale,
  form: NewMeetingForm,
  who: { councilId: string; actorId: string },
):
  | { readonly ok: true; readonly input: CreateMeetingInput }
  | { readonly ok: false; readonly errors: Partial<Record<NewMeetingField, string>> } {
  const value = (field: NewMeetingField) => form[field]?.trim() || undefined;
  const errors: Partial<Record<NewMeetingField, string>> = {};
  const required = t(locale, 'problem.required');
  for (const field of ['title', 'date', 'start', 'end'] as const)
    if (value(field) === undefined) errors[field] = required;
  for (const field of ['date', 'afbudDate'] as const) {
    const given = value(field);
    if (given !== undefined && !isDate(given)) errors[field] = t(locale, 'new_meeting.bad_date');
  }
  for (const field of ['start', 'end', 'afbudTime'] as const) {
    const given = value(field);
    if (given !== undefined && !isTime(given)) errors[field] = t(locale, 'new_meeting.bad_time');
  }
  // An afbud deadline is a date and a time: one without the other is half a deadline.
  if ((value('afbudDate') === undefined) !== (value('afbudTime') === undefined))
    errors[value('afbudDate') === undefined ? 'afbudDate' : 'afbudTime'] ??= required;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const date = value('date') ?? '';
  const place = value('place');
  const link = value('link');
  const afbudDate = value('afbudDate');
  return {
    ok: true,
    input: {
      ...who,
      title: value('title') ?? '',
      start: `${date}T${value('start') ?? ''}`,
      end: `${date}T${value('end') ?? ''}`,
      ...(place === undefined ? {} : { place }),
      ...(link === undefined ? {} : { onlineLink: link }),
      ...(afbudDate === undefined
        ? {}
        : { afbudDeadline: `${afbudDate}T${value('afbudTime') ?? ''}` }),
    },
  };
}

/** The form field a createMeeting failure belongs under. */
export function fieldOfFailure(failure: Pick<Failure, 'field'>): NewMeetingField {
  switch (failure.field) {
    case 'end':
      return 'end';
    case 'place':
      return 'place';
    case 'onlineLink':
      return 'link';
    case 'afbudDeadline':
      return 'afbudDate';
    case 'title':
      return 'title';
    default:
      // An impossible start is most often the date (a 30 February); the time comes from a picker.
      return 'date';
  }
}

/** The text under the field: the field's label is shown above it already. */
export const failureUnderField = (locale: Locale, failure: Failure): string =>
  failure.code === 'invalid_input' && failure.field !== undefined
    ? describeProblem(locale, failure.params ?? {})
    : describeFailure(locale, failure);
