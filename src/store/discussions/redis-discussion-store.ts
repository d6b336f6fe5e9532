import type { Redis } from 'ioredis';
import type { DiscussionStore, GroupProposal, Opsamling } from '../../app/discussions/ports.ts';
import type {
  Discussion,
  DiscussionStatus,
  GroupSummary,
  SignUp,
} from '../../domain/discussions/discussion.ts';
import { LuaScript } from '../lua-script.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

const saveDiscussion = new LuaScript('save-discussion', 2);
const setIfStatus = new LuaScript('set-if-discussion-status', 2);
const saveSummary = new LuaScript('save-summary', 3);

/**
 * Group discussions in Redis: one hash per discussion (status beside the JSON
 * body, the proposal and the opsamling), its sign-ups and summaries in hashes
 * of their own, and an index per council; see src/store/redis-keys.ts. Every
 * write that depends on the status, and the summaries' revision check, is a
 * Lua script.
 */
export class RedisDiscussionStore implements DiscussionStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {
    // Before anything is sent: a script defined while an auto-pipeline fills is missing from it.
    for (const script of [saveDiscussion, setIfStatus, saveSummary]) script.define(redis);
  }

  saveDiscussion(
    discussion: Discussion,
    ifStatus?: DiscussionStatus,
    ifSequence?: number,
  ): Promise<boolean> {
    return storeWrite(async () => {
      const { councilId, id, status, ...rest } = discussion;
      const saved = await saveDiscussion.run(
        this.redis,
        [this.keys.discussionKeys(councilId, id).discussion, this.keys.discussions(councilId)],
        [
          id,
          status,
          Date.parse(discussion.createdAt),
          JSON.stringify({ councilId, id, ...rest }),
          ifStatus ?? '',
          ifSequence === undefined ? '' : String(ifSequence),
        ],
      );
      return saved === 1;
    });
  }

  discussion(councilId: string, discussionId: string): Promise<Discussion | undefined> {
    return storeCall(async () => {
      const [status, body] = await this.redis.hmget(
        this.keys.discussionKeys(councilId, discussionId).discussion,
        'status',
        'body',
      );
      return fromFields(status, body);
    });
  }

  discussions(councilId: string): Promise<Discussion[]> {
    return storeCall(async () => {
      const ids = await this.redis.zrevrange(this.keys.discussions(councilId), 0, -1);
      if (ids.length === 0) return [];
      const rows = await Promise.all(
        ids.map((id) =>
          this.redis.hmget(this.keys.discussionKeys(councilId, id).discussion, 'status', 'body'),
        ),
      );
      return rows
        .map(([status, body]) => fromFields(status, body))
        .filter((discussion): discussion is Discussion => discussion !== undefined)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    });
  }

  saveSignUp(councilId: string, discussionId: string, signUp: SignUp): Promise<boolean> {
    const keys = this.keys.discussionKeys(councilId, discussionId);
    return this.setIf(keys.discussion, keys.signUps, signUp.memberId, signUp, ['sign_up']);
  }

  signUps(councilId: string, discussionId: string): Promise<SignUp[]> {
    return storeCall(async () => {
      const stored = await this.redis.hvals(
        this.keys.discussionKeys(councilId, discussionId).signUps,
      );
      return stored
        .map((json) => JSON.parse(json) as SignUp)
        .sort((a, b) => a.memberId.localeCompare(b.memberId));
    });
  }

  saveProposal(councilId: string, discussionId: string, proposal: GroupProposal) {
    const { discussion } = this.keys.discussionKeys(councilId, discussionId);
    return this.setIf(discussion, discussion, 'proposal', proposal, ['sign_up']);
  }

  saveAnnouncedGroups(councilId: string, discussionId: string, proposal: GroupProposal) {
    const { discussion } = this.keys.discussionKeys(councilId, discussionId);
    return this.setIf(discussion, discussion, 'proposal', proposal, ['announced', 'compiled']);
  }

  proposal(councilId: string, discussionId: string): Promise<GroupProposal | undefined> {
    return this.readJson<GroupProposal>(councilId, discussionId, 'proposal');
  }

  saveSummary(
    councilId: string,
    discussionId: string,
    summary: GroupSummary,
    seenRevision: number,
  ): Promise<'written' | 'changed_meanwhile' | 'closed'> {
    return storeWrite(async () => {
      const keys = this.keys.discussionKeys(councilId, discussionId);
      const outcome = await saveSummary.run(
        this.redis,
        [keys.discussion, keys.summaries, keys.summaryRevisions],
        [
          summary.groupKey,
          JSON.stringify({ ...summary, revision: seenRevision + 1 }),
          seenRevision,
        ],
      );
      return outcome as 'written' | 'changed_meanwhile' | 'closed';
    });
  }

  summaries(councilId: string, discussionId: string): Promise<GroupSummary[]> {
    return storeCall(async () => {
      const stored = await this.redis.hvals(
        this.keys.discussionKeys(councilId, discussionId).summaries,
      );
      return stored
        .map((json) => JSON.parse(json) as GroupSummary)
        .sort((a, b) => a.groupKey.localeCompare(b.groupKey));
    });
  }

  saveOpsamling(councilId: string, discussionId: string, opsamling: Opsamling): Promise<void> {
    return storeWrite(async () => {
      await this.redis.hset(
        this.keys.discussionKeys(councilId, discussionId).discussion,
        'opsamling',
        JSON.stringify(opsamling),
      );
    });
  }

  opsamling(councilId: string, discussionId: string): Promise<Opsamling | undefined> {
    return this.readJson<Opsamling>(councilId, discussionId, 'opsamling');
  }

  claimCommentsHearing(councilId: string, discussionId: string, by: string): Promise<boolean> {
    return storeWrite(async () => {
      const { discussion } = this.keys.discussionKeys(councilId, discussionId);
      return (await this.redis.hsetnx(discussion, 'comments-hearing-claim', by)) === 1;
    });
  }

  releaseCommentsHearing(councilId: string, discussionId: string): Promise<void> {
    return storeWrite(async () => {
      const { discussion } = this.keys.discussionKeys(councilId, discussionId);
      await this.redis.hdel(discussion, 'comments-hearing-claim');
    });
  }

  private setIf(
    statusKey: string,
    target: string,
    field: string,
    value: unknown,
    statuses: readonly DiscussionStatus[],
  ): Promise<boolean> {
    return storeWrite(async () => {
      const written = await setIfStatus.run(
        this.redis,
        [statusKey, target],
        [field, JSON.stringify(value), ...statuses],
      );
      return written === 1;
    });
  }

  private readJson<T>(councilId: string, discussionId: string, field: string) {
    return storeCall(async () => {
      const json = await this.redis.hget(
        this.keys.discussionKeys(councilId, discussionId).discussion,
        field,
      );
      return json === null ? undefined : (JSON.parse(json) as T);
    });
  }
}

function fromFields(status?: string | null, body?: string | null): Discussion | undefined {
  if (status == null || body == null) return undefined;
  return {
    ...(JSON.parse(body) as Omit<Discussion, 'status'>),
    status: status as DiscussionStatus,
  };
}
