/**
 * Adaptive Card 1.5 JSON as Teams renders it, built from plain objects. The
 * builders cover the few elements Rådsbot uses; every card they make is
 * checked against the official 1.5 schema in the tests.
 */

export type CardElement = { readonly type: string } & Readonly<Record<string, unknown>>;

export interface ExecuteAction {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly style?: 'default' | 'positive' | 'destructive';
  readonly associatedInputs?: 'auto' | 'none';
  /** For clients without universal actions: the same data as a message submit. */
  readonly fallback?: {
    readonly type: 'Action.Submit';
    readonly title: string;
    readonly data: Readonly<Record<string, unknown>>;
  };
}

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly ExecuteAction[];
  /** Teams asks the bot for each listed user's own view (≤ 60 users). */
  readonly refresh?: {
    readonly action: ExecuteAction;
    readonly userIds: readonly string[];
  };
  readonly fallbackText?: string;
}

export function adaptiveCard(
  body: readonly CardElement[],
  extra: Pick<AdaptiveCard, 'actions' | 'refresh' | 'fallbackText'> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(extra.actions && extra.actions.length > 0 ? { actions: extra.actions } : {}),
    ...(extra.refresh ? { refresh: extra.refresh } : {}),
    ...(extra.fallbackText ? { fallbackText: extra.fallbackText } : {}),
  };
}

type TextOptions = {
  readonly size?: 'Small' | 'Default' | 'Medium' | 'Large';
  readonly weight?: 'Lighter' | 'Default' | 'Bolder';
  readonly color?: 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  readonly isSubtle?: boolean;
  readonly spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
  readonly separator?: boolean;
  readonly id?: string;
};

export const textBlock = (text: string, options: TextOptions = {}): CardElement => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...options,
});

export const heading = (text: string): CardElement =>
  textBlock(text, { size: 'Medium', weight: 'Bolder' });

/** A field's problem, in red, right under the field. */
export const fieldError = (text: string): CardElement =>
  textBlock(text, { color: 'Attention', spacing: 'None', size: 'Small' });

export const container = (items: readonly CardElement[], separator = false): CardElement => ({
  type: 'Container',
  items,
  ...(separator ? { separator: true, spacing: 'Medium' } : {}),
});

export const actionSet = (actions: readonly ExecuteAction[]): CardElement => ({
  type: 'ActionSet',
  actions,
});

export function execute(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  options: Pick<ExecuteAction, 'style' | 'associatedInputs'> = {},
): ExecuteAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...options,
    fallback: { type: 'Action.Submit', title, data: { verb, ...data } },
  };
}

interface InputOptions {
  readonly label: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
}

export const textInput = (
  id: string,
  options: InputOptions & {
    readonly value?: string;
    readonly placeholder?: string;
    readonly isMultiline?: boolean;
    readonly maxLength?: number;
  },
): CardElement => ({ type: 'Input.Text', id, ...withoutEmptyValue(options) });

export const dateInput = (id: string, options: InputOptions & { readonly value?: string }) =>
  ({ type: 'Input.Date', id, ...withoutEmptyValue(options) }) as CardElement;

export const timeInput = (id: string, options: InputOptions & { readonly value?: string }) =>
  ({ type: 'Input.Time', id, ...withoutEmptyValue(options) }) as CardElement;

export const choiceInput = (
  id: string,
  options: InputOptions & {
    readonly choices: readonly { readonly title: string; readonly value: string }[];
    readonly value?: string;
    readonly placeholder?: string;
    readonly style?: 'compact' | 'expanded';
  },
): CardElement => ({ type: 'Input.ChoiceSet', id, ...withoutEmptyValue(options) });

export const toggleInput = (
  id: string,
  options: { readonly title: string; readonly value: boolean },
): CardElement => ({
  type: 'Input.Toggle',
  id,
  title: options.title,
  value: options.value ? 'true' : 'false',
  valueOn: 'true',
  valueOff: 'false',
  wrap: true,
});

function withoutEmptyValue<T extends { value?: string }>(options: T): T {
  if (options.value !== undefined && options.value !== '') return options;
  const { value: _value, ...rest } = options;
  return rest as T;
}
