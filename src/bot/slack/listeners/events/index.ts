import type { App } from '@slack/bolt';
import { publishHome } from '../../hearings/publish-home.ts';
import type { SlackDeps } from '../../slack-deps.ts';

/**
 * Events are acked by Bolt before they run. A redelivery (X-Slack-Retry-Num)
 * does the same thing again: views.publish replaces the tab and deleting an
 * installation twice is a no-op, so nothing needs deduplicating.
 */
export function registerEvents(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, client, context.teamId, event.user);
  });

  // Multi-workspace mode: a workspace that removes the app gets no more requests through.
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
