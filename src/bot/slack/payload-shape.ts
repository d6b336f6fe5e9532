import { z } from 'zod';

/**
 * The shape of every Slack payload Rådsbot reads, checked at the door (the
 * request guard) so that a listener never meets a `null` where Slack always
 * sends an object, or a string where it sends a list. Only what the
 * listeners read is pinned; anything else Slack adds passes through.
 */

const id = z.string().min(1);
const someone = z.looseObject({ id });

/** One element's state in a view submission (the fields Slack fills per element type). */
// z.object, not looseObject: only checked here (never parsed into), and its type is the reader's.
export const elementState = z.object({
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
  selected_option: z
    .object({ value: z.string(), text: z.object({ text: z.string() }).optional() })
    .nullish(),
  selected_options: z.array(z.object({ value: z.string() })).optional(),
  selected_conversation: z.string().nullish(),
});
export type ElementState = z.infer<typeof elementState>;

const view = z.looseObject({
  type: z.string().optional(),
  callback_id: z.string().optional(),
  private_metadata: z.string().optional(),
  state: z
    .looseObject({ values: z.record(z.string(), z.record(z.string(), elementState)) })
    .optional(),
});

const submittedView = view.extend({ callback_id: z.string() });

const interactive = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('block_actions'),
    user: someone,
    actions: z
      .array(
        z.looseObject({
          action_id: z.string(),
          block_id: z.string().optional(),
          value: z.string().optional(),
        }),
      )
      .min(1),
    response_url: z.string().optional(),
    trigger_id: z.string().optional(),
    view: view.optional(),
  }),
  // Bolt routes a view by its callback_id: without one it cannot even say "unhandled".
  z.looseObject({ type: z.literal('view_submission'), user: someone, view: submittedView }),
  z.looseObject({ type: z.literal('view_closed'), user: someone, view: submittedView }),
  z.looseObject({
    type: z.enum(['message_action', 'shortcut']),
    callback_id: z.string(),
    user: someone,
    trigger_id: z.string(),
  }),
]);

const slashCommand = z.looseObject({
  command: z.string().startsWith('/'),
  text: z.string().optional(),
  user_id: id,
  team_id: id,
});

const events = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string() }),
  z.looseObject({
    type: z.literal('event_callback'),
    event_id: id,
    event: z.looseObject({ type: z.string() }),
  }),
  z.looseObject({ type: z.literal('app_rate_limited') }),
]);

/** Payload types Rådsbot handles; others (if Slack adds some) go to Bolt, which ignores them. */
const handledTypes = new Set([
  'block_actions',
  'view_submission',
  'view_closed',
  'message_action',
  'shortcut',
  'url_verification',
  'event_callback',
  'app_rate_limited',
]);

/**
 * Undefined when the body has a shape the listeners can read; otherwise
 * what is wrong, for the log. `form` tells a slash command (form fields)
 * from an interactive payload (the form's `payload` field) or an event (JSON).
 */
export function shapeProblem(
  body: Record<string, unknown>,
  source: 'command' | 'interactive' | 'event',
): string | undefined {
  const type = body['type'];
  if (source !== 'command' && typeof type === 'string' && !handledTypes.has(type)) return undefined;
  const schema =
    source === 'command' ? slashCommand : source === 'interactive' ? interactive : events;
  const checked = schema.safeParse(body);
  if (checked.success) return undefined;
  return checked.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}
