import { inputActionId } from '../../slack-ids.ts';

/** One element's state in a view submission (the fields Slack fills per element type). */
export interface ElementState {
  readonly value?: string | null;
  readonly selected_date?: string | null;
  readonly selected_time?: string | null;
  readonly selected_option?: {
    readonly value: string;
    readonly text?: { readonly text: string };
  } | null;
  readonly selected_options?: readonly { readonly value: string }[];
  readonly selected_conversation?: string | null;
}

export type ViewStateValues = Readonly<Record<string, Readonly<Record<string, ElementState>>>>;

/** The state of the single element in an input block (all ours use action id "value"). */
export const elementOf = (values: ViewStateValues, blockId: string): ElementState =>
  values[blockId]?.[inputActionId] ?? {};

/** Trimmed text, undefined when empty. */
export const textOf = (state: ElementState): string | undefined => {
  const text = state.value?.trim();
  return text ? text : undefined;
};
