import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { describeFailure } from '../../i18n/shared/index.ts';
import type { AdaptiveCard } from './cards/adaptive-card.ts';
import { actionData, sendText, troubleText, type TeamsKit } from './handlers/teams-kit.ts';

/** What a click gets back: the card that replaces the clicked one for that person, or a line of text. */
export type CardAnswer = AdaptiveCard | string;

/**
 * One Action.Execute verb: the schema of the data its buttons and inputs
 * send, and the handler that gets that data parsed and typed.
 */
export interface CardVerb<Data = unknown> {
  readonly name: string;
  readonly schema: z.ZodType<Data>;
  run(kit: TeamsKit, context: TurnContext, data: Data): Promise<CardAnswer>;
  /**
   * Clients without universal actions send the card's fallback Action.Submit
   * as a message; the verb answers it in text.
   */
  submitted?(kit: TeamsKit, context: TurnContext, data: Data): Promise<string | undefined>;
}

export function defineVerb<Data>(
  name: string,
  schema: z.ZodType<Data>,
  run: (kit: TeamsKit, context: TurnContext, data: Data) => Promise<CardAnswer>,
  options: {
    submitted?: (kit: TeamsKit, context: TurnContext, data: Data) => Promise<string | undefined>;
  } = {},
): CardVerb<Data> {
  return { name, schema, run, ...options };
}

/**
 * A text field as cards send it: trimmed, and "not given" when it is empty,
 * missing or not text at all (a forged or stale payload is read, not thrown at).
 * `.optional()` first: zod refuses a missing key unless the schema says it may be.
 */
export const cardText = z
  .unknown()
  .optional()
  .transform((value) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined,
  );

/** Where a button was pressed: its card, or "mine høringer"; anything else is `otherwise`. */
export const cardOrigin = (otherwise: 'card' | 'mine') =>
  z
    .unknown()
    .optional()
    .transform((value): 'card' | 'mine' =>
      value === 'card' || value === 'mine' ? value : otherwise,
    );

/**
 * A payload the verb's schema refuses, said as a bad field in the clicker's
 * language (their council's, else the default) — never a throw.
 */
async function refusedPayload(
  kit: TeamsKit,
  context: TurnContext,
  error: z.ZodError,
): Promise<string> {
  const speaker = await kit.speaker(context.activity);
  const locale = speaker.ok ? speaker.council.locale : speaker.locale;
  const field = error.issues[0]?.path.map(String).join('.') || undefined;
  return describeFailure(locale, {
    code: 'invalid_input',
    ...(field === undefined ? {} : { field }),
    params: { problem: 'invalid' },
  });
}

/**
 * Clicks on Action.Execute buttons (invoke `adaptiveCard/action`), by verb.
 * Whatever a handler returns is the invoke response: the card that replaces
 * the clicked one for the person who clicked — their own view — while the
 * shared card is updated for everyone by the outbox.
 */
export function registerCardVerbs(
  app: AgentApplication<TurnState>,
  kit: TeamsKit,
  verbs: readonly CardVerb[],
): void {
  for (const verb of verbs) {
    app.adaptiveCards.actionExecute(verb.name, async (context, _state, action) => {
      try {
        const parsed = verb.schema.safeParse(actionData(action));
        if (!parsed.success) return await refusedPayload(kit, context, parsed.error);
        return await verb.run(kit, context, parsed.data);
      } catch (error) {
        kit.deps.log.error({ err: error, verb: verb.name }, 'teams: a card action failed');
        return troubleText(undefined, error, kit.deps.defaultLocale);
      }
    });
    const submitted = verb.submitted?.bind(verb);
    if (submitted === undefined) continue;
    app.adaptiveCards.actionSubmit(verb.name, async (context, _state, data) => {
      try {
        const parsed = verb.schema.safeParse(actionData({ data }));
        const answer = parsed.success
          ? await submitted(kit, context, parsed.data)
          : await refusedPayload(kit, context, parsed.error);
        if (answer !== undefined) await sendText(context, answer);
      } catch (error) {
        kit.deps.log.error(
          { err: error, verb: verb.name },
          'teams: a submitted card action failed',
        );
        await sendText(context, troubleText(undefined, error, kit.deps.defaultLocale));
      }
    });
  }
}
