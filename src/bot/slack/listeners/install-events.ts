import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.ts';

/**
 * A workspace that removes the app (multi-workspace mode) gets no more
 * requests through. Events are acked by Bolt before they run; a redelivery
 * (X-Slack-Retry-Num) deletes again, which is a no-op.
 */
export function registerInstallEvents(app: App, deps: SlackDeps): void {
  const forget = async (context: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall?: boolean;
  }) => {
    const store = deps.installationStore;
    if (store?.deleteInstallation === undefined) return;
    await store.deleteInstallation({
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: context.isEnterpriseInstall ?? false,
    });
    deps.log.info({ teamId: context.teamId }, 'slack: installation removed');
  };
  app.event('app_uninstalled', async ({ context }) => forget(context));
  app.event('tokens_revoked', async ({ event, context }) => {
    if ((event.tokens.bot ?? []).length > 0) await forget(context);
  });
}
