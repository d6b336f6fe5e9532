import type { BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { publishHome } from '../hearings/index.ts';
import { ephemeralTo, type Tell } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';

type ButtonClick = BlockAction<ButtonAction>;

/**
 * Where a meeting click is answered: next to the button (response_url, only
 * the clicker sees it), or — from App Home, which has none — in the
 * clicker's DM. `forDm` formats a plain text for the DM (escaping, say).
 */
export function tellClicker(
  body: ButtonClick,
  client: webApi.WebClient,
  forDm: (text: string) => string = (text) => text,
): Tell {
  if (body.response_url) return ephemeralTo(body.response_url);
  return async (message) => {
    await client.chat.postMessage({
      channel: body.user.id,
      ...(typeof message === 'string' ? { text: forDm(message) } : message),
    });
  };
}

/**
 * Publishes the clicker's App Home again after a meeting action (afbud,
 * "Jeg kommer", an approval), so its buttons follow what was just done. A
 * failure is logged: the action itself stands and has been answered.
 */
export async function refreshHome(
  deps: SlackDeps,
  client: webApi.WebClient,
  teamId: string | undefined,
  userId: string,
): Promise<void> {
  try {
    await publishHome(deps, client, teamId, userId);
  } catch (error) {
    deps.log.error({ err: error }, 'slack: App Home not republished after a meeting action');
  }
}
