import { createHash } from 'node:crypto';
import type { Route } from './chat-sender.ts';

/**
 * A short, ':'-free name for a route, for job ids. Conversation ids carry ':'
 * (Teams "19:…@thread.tacv2"), so they are hashed rather than escaped.
 */
export function routeKey(route: Route): string {
  const context = Object.entries(route.context ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return createHash('sha1')
    .update(JSON.stringify([route.platform, route.conversation, context]))
    .digest('hex')
    .slice(0, 20);
}
