import type { OpenHearingInput } from '../../../app/hearings/open-hearing.ts';
import { hearingModes, majorityRules } from '../../../domain/hearings/hearing.ts';
import type { RuleOption } from './open-hearing-modal.ts';
import { openHearingBlocks as ids } from '../hearings/hearing-ids.ts';
import { elementOf, textOf, type ViewStateValues } from '../listeners/read-view-state.ts';

export interface OpenHearingForm {
  readonly input: Omit<OpenHearingInput, 'councilId' | 'actorId'>;
  readonly channel?: string;
}

/**
 * The "Ny høring" form as the use case's input. Nothing is judged here: an
 * empty title goes through as '' and comes back as the use case's
 * `invalid_input` on `title`, in the council's language.
 */
export function readOpenHearingForm(values: ViewStateValues): OpenHearingForm {
  const rules = new Set(
    (elementOf(values, ids.rules).selected_options ?? []).map(
      (option) => option.value as RuleOption,
    ),
  );
  const mode = hearingModes.find(
    (candidate) => candidate === elementOf(values, ids.mode).selected_option?.value,
  );
  const majority = majorityRules.find(
    (candidate) => candidate === elementOf(values, ids.majority).selected_option?.value,
  );
  const agendaItem = textOf(elementOf(values, ids.agendaItem));
  const channel = elementOf(values, ids.channel).selected_conversation ?? undefined;
  return {
    input: {
      title: elementOf(values, ids.title).value ?? '',
      proposal: elementOf(values, ids.proposal).value ?? '',
      ...(agendaItem === undefined ? {} : { agendaItem }),
      ...(mode === undefined ? {} : { mode }),
      deadlineDate: elementOf(values, ids.deadlineDate).selected_date ?? '',
      deadlineTime: elementOf(values, ids.deadlineTime).selected_time ?? '',
      rules: {
        ...(majority === undefined ? {} : { majority }),
        ballot: rules.has('secret') ? 'secret' : 'named',
        results: rules.has('after_close') ? 'after_close' : 'live',
        reasonRequiredWithAgainst: rules.has('reason_against'),
        closeWhenAllResponded: rules.has('close_all'),
      },
    },
    ...(channel ? { channel } : {}),
  };
}

const blockIds: ReadonlySet<string> = new Set(Object.values(ids));

/**
 * The input block a failure belongs on. The block ids equal the use case's
 * field names; the rest: a deadline too soon or too far is the date's
 * problem, rules.* are the rule blocks, and a failure about no field (not
 * allowed, store unavailable) goes on the first block, where it is seen.
 */
export function blockForField(field: string | undefined): string {
  if (field === undefined) return ids.title;
  if (field === 'deadline') return ids.deadlineDate;
  if (field === 'rules.majority') return ids.majority;
  if (field.startsWith('rules')) return ids.rules;
  return blockIds.has(field) ? field : ids.title;
}
