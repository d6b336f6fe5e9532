import type { App, MessageShortcut } from '@slack/bolt';
import { teamOf } from '../identify-slack-user.ts';
import { callbackIds } from '../slack-ids.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { startHearingForm } from './start-hearing-form.ts';
import { ephemeralTo } from '../listeners/reply.ts';
import { draftFromMessage } from './draft-from-message.ts';

/** The message shortcut "Send i høring": a hearing form prefilled from the message, in its channel. */
export function registerShortcuts(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>(callbackIds.sendToHearing, async ({ ack, shortcut, client }) => {
    await ack();
    await startHearingForm(deps, {
      client,
      teamId: teamOf(shortcut),
      userId: shortcut.user.id,
      triggerId: shortcut.trigger_id,
      channelId: shortcut.channel.id,
      draft: draftFromMessage(shortcut.message.text ?? ''),
      tell: ephemeralTo(shortcut.response_url),
    });
  });
}
