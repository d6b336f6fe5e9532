import { openHearingInput, type OpenHearingInput } from '../../../app/hearings/open-hearing.ts';
import { problemOf } from '../../../app/validate.ts';
import type { Failure } from '../../../domain/errors.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { describeFailure, describeProblem } from '../../../i18n/hearings/index.ts';
import {
  openHearingFields,
  type OpenHearingField,
  type OpenHearingFormErrors,
  type OpenHearingFormValues,
} from './open-hearing-form.ts';

/** The form's inputs as strings (Teams sends every input value as a string). */
export function readOpenHearingForm(
  data: Readonly<Record<string, unknown>>,
): OpenHearingFormValues {
  const values: OpenHearingFormValues = {};
  for (const field of openHearingFields) {
    const value = data[field];
    if (typeof value === 'string') values[field] = value;
    else if (typeof value === 'boolean') values[field] = String(value);
  }
  const meetingId = data['meetingId'];
  if (typeof meetingId === 'string' && meetingId.trim() !== '') values.meetingId = meetingId.trim();
  return values;
}

/** The use case's input from the form; empty optional fields are left out. */
export function openHearingInputOf(
  values: OpenHearingFormValues,
  councilId: string,
  actorId: string,
): OpenHearingInput {
  const text = (field: OpenHearingField) => values[field]?.trim() ?? '';
  const quorum = Number(values.quorum ?? '0.5');
  return {
    councilId,
    actorId,
    title: text('title'),
    proposal: text('proposal'),
    ...(text('agendaItem') === '' ? {} : { agendaItem: text('agendaItem') }),
    ...(values.meetingId === undefined ? {} : { meetingId: values.meetingId }),
    mode: (text('mode') || 'vote') as OpenHearingInput['mode'],
    deadlineDate: text('deadlineDate'),
    deadlineTime: text('deadlineTime'),
    rules: {
      quorum: Number.isFinite(quorum) ? quorum : Number.NaN,
      majority: (text('majority') || 'simple') as 'simple',
      ballot: text('ballot') === 'secret' ? 'secret' : 'named',
      results: text('results') === 'after_close' ? 'after_close' : 'live',
      reasonRequiredWithAgainst: values.reasonRequiredWithAgainst === 'true',
      closeWhenAllResponded: values.closeWhenAllResponded === 'true',
    },
  };
}

/** Where a use-case field shows on the form. */
function formFieldOf(field: string | undefined): OpenHearingField | undefined {
  if (field === undefined) return undefined;
  if (field === 'deadline') return 'deadlineTime';
  const last = field.startsWith('rules.') ? field.slice('rules.'.length) : field;
  return (openHearingFields as readonly string[]).includes(last)
    ? (last as OpenHearingField)
    : undefined;
}

/**
 * Every field the input schema refuses, at once (the use case reports only
 * the first), each phrased in the council's language under its field.
 */
export function inputErrorsOf(
  locale: Locale,
  input: OpenHearingInput,
): OpenHearingFormErrors | undefined {
  const parsed = openHearingInput.safeParse(input);
  if (parsed.success) return undefined;
  const byField: Partial<Record<OpenHearingField, string>> = {};
  const general: string[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const field = formFieldOf(path);
    const text = describeProblem(locale, problemOf(issue));
    if (field === undefined)
      general.push(
        describeFailure(locale, { code: 'invalid_input', field: path, params: problemOf(issue) }),
      );
    else byField[field] ??= text;
  }
  return { byField, general };
}

/** A refusal from the use case, placed under its field when it has one. */
export function failureErrorsOf(locale: Locale, failure: Failure): OpenHearingFormErrors {
  const field = formFieldOf(failure.field);
  const text =
    failure.code === 'invalid_input'
      ? describeProblem(locale, failure.params ?? {})
      : describeFailure(locale, failure);
  return field === undefined
    ? { general: [describeFailure(locale, failure)] }
    : { byField: { [field]: text } };
}
