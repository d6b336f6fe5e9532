import type { ElementState } from '../payload-shape.ts';
import { inputActionId } from '../slack-ids.ts';

export type { ElementState };

export type ViewStateValues = Readonly<Record<string, Readonly<Record<string, ElementState>>>>;

/** The state of the single element in an input block (all ours use action id "value"). */
export const elementOf = (values: ViewStateValues, blockId: string): ElementState =>
  values[blockId]?.[inputActionId] ?? {};

/** Trimmed text, undefined when empty. */
export const textOf = (state: ElementState): string | undefined => {
  const text = state.value?.trim();
  return text ? text : undefined;
};
