import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { Redis } from 'ioredis';
import { RedisKeys } from './redis-keys.ts';

/**
 * Slack installations (multi-workspace OAuth mode) in Redis, one JSON value
 * per install:
 *
 * | key                                              | type   | holds                     |
 * |--------------------------------------------------|--------|---------------------------|
 * | <p>rb:slack:installation:team:<teamId>            | string | Installation JSON         |
 * | <p>rb:slack:installation:enterprise:<enterpriseId>| string | org-wide Installation JSON|
 *
 * Global, not per council: Bolt asks for the installation before anyone
 * knows which council the workspace is bound to (rb:workspaces does that).
 * fetchInstallation throws when there is none, which Bolt turns into a 401:
 * a workspace that never installed the app, or removed it, is refused.
 */
export class RedisSlackInstallationStore implements InstallationStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(
    installation: Installation<AuthVersion, boolean>,
  ): Promise<void> {
    const key = this.keyOf({
      isEnterpriseInstall: installation.isEnterpriseInstall ?? false,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    await this.redis.set(key, JSON.stringify(installation));
  }

  async fetchInstallation(
    query: InstallationQuery<boolean>,
  ): Promise<Installation<'v1' | 'v2', boolean>> {
    const raw = await this.redis.get(this.keyOf(query));
    if (raw === null) {
      throw new Error(
        `no Slack installation for ${query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`}`,
      );
    }
    return JSON.parse(raw) as Installation<'v1' | 'v2', boolean>;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.redis.del(this.keyOf(query));
  }

  private keyOf(query: {
    isEnterpriseInstall?: boolean;
    enterpriseId?: string | undefined;
    teamId?: string | undefined;
  }): string {
    const base = `${this.keys.prefix}rb:slack:installation`;
    if (query.isEnterpriseInstall && query.enterpriseId)
      return `${base}:enterprise:${safe(query.enterpriseId)}`;
    if (query.teamId) return `${base}:team:${safe(query.teamId)}`;
    throw new Error('a Slack installation query needs a team id or an enterprise id');
  }
}

/** Slack ids are [A-Z0-9]; anything else would be a forged query trying to reach another key. */
function safe(id: string): string {
  if (!/^[A-Z0-9]{1,32}$/i.test(id)) throw new Error(`not a Slack id: ${JSON.stringify(id)}`);
  return id;
}
