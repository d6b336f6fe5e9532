/**
 * Multi-workspace mode: install via OAuth into the Redis installation store,
 * each request authorized by its workspace's installation, uninstall removes it.
 */
import { describe, expect } from 'vitest';
import { DEFAULT_WORKSPACE, OTHER_WORKSPACE } from '../../fakes/fake-slack-api.ts';
import {
  councilChannelId,
  councilTeam,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../support/slack-harness.ts';
import { voteClick } from '../../support/slack-payloads.ts';
import { signSlackBody, slashCommand } from '../../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../../support/slack-seeds.ts';
import { slackTestWith } from '../../support/slack-test.ts';

const oauthTest = slackTestWith({ oauth: true });

/** Walks the browser part of the OAuth flow: /slack/install, then Slack's redirect back with a code. */
async function install(bot: SlackHarness, teamId: string): Promise<Response> {
  const start = await fetch(`${bot.url}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const consent = new URL(start.headers.get('location') ?? '');
  expect(consent.searchParams.get('scope')).toBe('commands,chat:write,im:write,files:read');
  const cookie = start.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const state = encodeURIComponent(consent.searchParams.get('state') ?? '');
  return fetch(`${bot.url}/slack/oauth_redirect?code=code-${teamId}&state=${state}`, {
    headers: { cookie },
  });
}

const installationQuery = (teamId: string) => ({
  teamId,
  enterpriseId: undefined,
  isEnterpriseInstall: false,
});

function appUninstalled(teamId: string) {
  return signSlackBody(
    JSON.stringify({
      token: 'deprecated',
      team_id: teamId,
      api_app_id: 'A0RAADSBOT',
      event: { type: 'app_uninstalled', event_ts: '1.2' },
      type: 'event_callback',
      event_id: `Ev${Date.now()}`,
      event_time: Math.floor(Date.now() / 1000),
    }),
    'application/json',
  );
}

describe('multi-workspace install', () => {
  oauthTest('the OAuth install stores the workspace installation in Redis', async ({ bot }) => {
    const callback = await install(bot, OTHER_WORKSPACE.teamId);

    expect(callback.status).toBe(200);
    expect(
      await bot.installations!.fetchInstallation(installationQuery(OTHER_WORKSPACE.teamId)),
    ).toMatchObject({
      team: { id: OTHER_WORKSPACE.teamId },
      bot: {
        token: OTHER_WORKSPACE.token,
        scopes: ['commands', 'chat:write', 'im:write', 'files:read'],
      },
      authVersion: 'v2',
    });
    expect(
      await bot.redis.exists(
        `${bot.keyPrefix}:rb:slack:installation:team:${OTHER_WORKSPACE.teamId}`,
      ),
    ).toBe(1);
  });

  oauthTest(
    "a vote from an installed workspace is handled with that workspace's token, up to the message refresh",
    async ({ bot }) => {
      await install(bot, DEFAULT_WORKSPACE.teamId);
      const seeded = await seedCouncil(bot);
      await rememberChannel(bot, seeded.council.id);
      const { hearing, ts } = await openHearingElsewhere(bot, seeded);

      const answer = await bot.post(
        voteClick(bot, {
          userId: seeded.userOf(seeded.roster.members[0]!),
          hearingId: hearing.id,
          choice: 'for',
        }),
      );

      expect(answer.status).toBe(200);
      const update = await eventually(
        () => bot.slack.callsTo('chat.update')[0],
        'the message is refreshed',
      );
      expect(update.args).toMatchObject({ channel: councilChannelId, ts });
      expect(update.token).toBe(DEFAULT_WORKSPACE.token);
      expect(bot.slack.callsTo('chat.postMessage').map((call) => call.token)).toEqual([
        DEFAULT_WORKSPACE.token,
      ]);
    },
  );

  oauthTest(
    'a redirect whose state does not match the browser cookie installs nothing',
    async ({ bot }) => {
      const callback = await fetch(
        `${bot.url}/slack/oauth_redirect?code=code-${OTHER_WORKSPACE.teamId}&state=forged`,
      );

      expect(callback.status).toBe(400);
      expect(bot.slack.callsTo('oauth.v2.access')).toEqual([]);
      await expect(
        bot.installations!.fetchInstallation(installationQuery(OTHER_WORKSPACE.teamId)),
      ).rejects.toThrow(/no Slack installation/);
    },
  );

  oauthTest('a workspace that never installed the app is refused with 401', async ({ bot }) => {
    await install(bot, DEFAULT_WORKSPACE.teamId);

    const answer = await bot.post(
      slashCommand({ command: '/raad', teamId: OTHER_WORKSPACE.teamId }),
    );

    expect(answer.status).toBe(401);
  });

  oauthTest(
    'after app_uninstalled the installation is gone and the workspace is refused',
    async ({ bot }) => {
      await install(bot, DEFAULT_WORKSPACE.teamId);
      const before = await bot.post(
        slashCommand({
          command: '/raad',
          teamId: councilTeam,
          responseUrl: `${bot.slack.hooksUrl}cmd`,
        }),
      );
      expect(before.status).toBe(200);

      await bot.post(appUninstalled(councilTeam));

      await eventually(
        () =>
          bot.installations!.fetchInstallation(installationQuery(councilTeam)).then(
            () => false,
            () => true,
          ),
        'the installation is deleted',
      );
      expect((await bot.post(slashCommand({ command: '/raad', teamId: councilTeam }))).status).toBe(
        401,
      );
    },
  );
});
