import type { Redis } from 'ioredis';
import type { ChatDirectory, ChatPlatform } from '../app/ports.ts';
import { RedisKeys } from './redis-keys.ts';
import { storeCall } from './store-unavailable.ts';

const HEARING = 'hearing:';

const parsed = (json: string | null): unknown => (json === null ? undefined : JSON.parse(json));

/** Which council a workspace belongs to, and where to post for a council, member or hearing. */
export class RedisChatDirectory implements ChatDirectory {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  bindWorkspace(platform: ChatPlatform, workspaceId: string, councilId: string): Promise<void> {
    return storeCall(async () => {
      await this.redis.hset(this.keys.workspaces(), `${platform}/${workspaceId}`, councilId);
    });
  }

  councilForWorkspace(platform: ChatPlatform, workspaceId: string): Promise<string | undefined> {
    return storeCall(
      async () =>
        (await this.redis.hget(this.keys.workspaces(), `${platform}/${workspaceId}`)) ?? undefined,
    );
  }

  saveAddress(
    councilId: string,
    platform: ChatPlatform,
    who: string,
    address: unknown,
  ): Promise<void> {
    return storeCall(async () => {
      await this.redis.hset(
        this.keys.chatAddresses(councilId),
        `${platform}/${who}`,
        JSON.stringify(address),
      );
    });
  }

  address(councilId: string, platform: ChatPlatform, who: string): Promise<unknown> {
    return storeCall(async () =>
      parsed(await this.redis.hget(this.keys.chatAddresses(councilId), `${platform}/${who}`)),
    );
  }

  saveMessage(
    councilId: string,
    subject: string,
    platform: ChatPlatform,
    record: unknown,
  ): Promise<void> {
    return storeCall(async () => {
      await this.redis.hset(this.messageKey(councilId, subject), platform, JSON.stringify(record));
    });
  }

  message(councilId: string, subject: string, platform: ChatPlatform): Promise<unknown> {
    return storeCall(async () =>
      parsed(await this.redis.hget(this.messageKey(councilId, subject), platform)),
    );
  }

  /**
   * A hearing's message stays where it was always kept, beside the hearing's
   * other keys, so records written before subjects existed are still found.
   */
  private messageKey(councilId: string, subject: string): string {
    return subject.startsWith(HEARING)
      ? this.keys.hearingKeys(councilId, subject.slice(HEARING.length)).messages
      : this.keys.chatMessage(councilId, subject);
  }
}
