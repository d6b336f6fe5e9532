import type { Council } from '../../../domain/council/council.ts';
import { hearingModes, majorityRules } from '../../../domain/hearings/hearing.ts';
import { t } from '../../../i18n/hearings/index.ts';
import {
  adaptiveCard,
  choiceInput,
  dateInput,
  execute,
  fieldError,
  heading,
  textBlock,
  textInput,
  timeInput,
  toggleInput,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';

/** The form's inputs; their ids are the names the submit handler reads. */
export const openHearingFields = [
  'title',
  'proposal',
  'agendaItem',
  'deadlineDate',
  'deadlineTime',
  'mode',
  'majority',
  'quorum',
  'ballot',
  'results',
  'reasonRequiredWithAgainst',
  'closeWhenAllResponded',
] as const;
export type OpenHearingField = (typeof openHearingFields)[number];

/**
 * What the form shows: the values typed so far (strings, as cards send them),
 * and the meeting whose agenda item it was started from (its submit carries it).
 */
export type OpenHearingFormValues = Partial<Record<OpenHearingField, string>> & {
  meetingId?: string;
};

export interface OpenHearingFormErrors {
  /** A reason per field, shown right under it. */
  readonly byField?: Partial<Record<OpenHearingField, string>>;
  /** Problems no single field owns, shown above the button. */
  readonly general?: readonly string[];
}

/** Quorum choices: share of the seats that must answer (the domain's default is ½). */
export const quorumChoices = [
  { value: '0.5', key: 'teams.form.quorum.half' },
  { value: '0.6667', key: 'teams.form.quorum.two_thirds' },
  { value: '1', key: 'teams.form.quorum.all' },
  { value: '0', key: 'teams.form.quorum.none' },
] as const;

/**
 * "Ny høring" as an Adaptive Card, submitted with Action.Execute. When the
 * use case refuses a field the same form comes back with what was typed and
 * the reason under that field, in the council's language.
 */
export function openHearingForm(
  council: Council,
  values: OpenHearingFormValues,
  errors: OpenHearingFormErrors = {},
  /** A line under the intro, e.g. which agenda item the hearing is started from. */
  options: { readonly note?: string } = {},
): AdaptiveCard {
  const locale = council.locale;
  // Teams marks isRequired inputs itself.
  const label = (field: string) => t(locale, `field.${field}` as Parameters<typeof t>[1]);
  const withError = (field: OpenHearingField, element: CardElement): CardElement[] => {
    const problem = errors.byField?.[field];
    return problem === undefined ? [element] : [element, fieldError(problem)];
  };
  const body: CardElement[] = [
    heading(t(locale, 'hearing.new')),
    textBlock(t(locale, 'teams.form.intro', { council: council.name }), {
      isSubtle: true,
      spacing: 'None',
    }),
  ];
  if (options.note !== undefined) body.push(textBlock(options.note, { weight: 'Bolder' }));
  if (errors.byField && Object.keys(errors.byField).length > 0)
    body.push(textBlock(t(locale, 'teams.form.fix'), { color: 'Attention', weight: 'Bolder' }));
  body.push(
    ...withError(
      'title',
      textInput('title', {
        label: label('title'),
        isRequired: true,
        errorMessage: `${label('title')}: ${t(locale, 'problem.required')}`,
        maxLength: 150,
        placeholder: t(locale, 'open_form.title_placeholder'),
        value: values.title ?? '',
      }),
    ),
    ...withError(
      'proposal',
      textInput('proposal', {
        label: label('proposal'),
        isRequired: true,
        errorMessage: `${label('proposal')}: ${t(locale, 'problem.required')}`,
        isMultiline: true,
        maxLength: 2500,
        placeholder: t(locale, 'open_form.proposal_placeholder'),
        value: values.proposal ?? '',
      }),
    ),
    ...withError(
      'agendaItem',
      textInput('agendaItem', {
        label: label('agendaItem'),
        placeholder: t(locale, 'teams.form.agenda_placeholder'),
        value: values.agendaItem ?? '',
      }),
    ),
    ...withError(
      'deadlineDate',
      dateInput('deadlineDate', {
        label: label('deadlineDate'),
        isRequired: true,
        value: values.deadlineDate ?? '',
      }),
    ),
    ...withError(
      'deadlineTime',
      timeInput('deadlineTime', {
        label: label('deadlineTime'),
        isRequired: true,
        value: values.deadlineTime ?? '',
      }),
    ),
    textBlock(t(locale, 'open_form.time_hint', { zone: council.timeZone }), {
      isSubtle: true,
      size: 'Small',
      spacing: 'None',
    }),
    ...withError(
      'mode',
      choiceInput('mode', {
        label: label('mode'),
        style: 'compact',
        value: values.mode ?? 'vote',
        choices: hearingModes.map((mode) => ({ title: t(locale, `mode.${mode}`), value: mode })),
      }),
    ),
    textBlock(t(locale, 'rules.heading'), { weight: 'Bolder', separator: true }),
    ...withError(
      'majority',
      choiceInput('majority', {
        label: t(locale, 'field.rules.majority'),
        style: 'compact',
        value: values.majority ?? 'simple',
        choices: majorityRules.map((rule) => ({
          title: t(locale, `majority.${rule}`),
          value: rule,
        })),
      }),
    ),
    ...withError(
      'quorum',
      choiceInput('quorum', {
        label: t(locale, 'field.rules.quorum'),
        style: 'compact',
        value: values.quorum ?? '0.5',
        choices: quorumChoices.map((choice) => ({
          title: t(locale, choice.key),
          value: choice.value,
        })),
      }),
    ),
    choiceInput('ballot', {
      label: t(locale, 'teams.form.ballot'),
      style: 'compact',
      value: values.ballot ?? 'named',
      choices: (['named', 'secret'] as const).map((kind) => ({
        title: t(locale, `ballot.${kind}`),
        value: kind,
      })),
    }),
    choiceInput('results', {
      label: t(locale, 'teams.form.results'),
      style: 'compact',
      value: values.results ?? 'live',
      choices: (['live', 'after_close'] as const).map((when) => ({
        title: t(locale, `results.${when}`),
        value: when,
      })),
    }),
    toggleInput('reasonRequiredWithAgainst', {
      title: t(locale, 'teams.form.rule.reason_against'),
      value: values.reasonRequiredWithAgainst === 'true',
    }),
    toggleInput('closeWhenAllResponded', {
      title: t(locale, 'open_form.rule.close_all'),
      value: values.closeWhenAllResponded === 'true',
    }),
  );
  for (const problem of errors.general ?? []) body.push(fieldError(problem));
  return adaptiveCard(body, {
    actions: [
      execute(
        t(locale, 'open_form.submit'),
        'openHearing',
        values.meetingId === undefined ? {} : { meetingId: values.meetingId },
        { style: 'positive' },
      ),
    ],
    fallbackText: t(locale, 'hearing.new'),
  });
}
