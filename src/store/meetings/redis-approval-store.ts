import type { Redis } from 'ioredis';
import type { MinutesApprovalStore, MinutesRefusal } from '../../app/meetings/ports.ts';
import type { MinutesApproval, MinutesRound } from '../../domain/meetings/minutes-approval.ts';
import { LuaScript } from '../lua-script.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

const sendMinutes = new LuaScript('send-minutes', 2);
const approveMinutes = new LuaScript('approve-minutes', 2);
const closeMinutes = new LuaScript('close-minutes', 2);

const refusal = (status: unknown): MinutesRefusal => ({
  ok: false,
  status: status === '' || typeof status !== 'string' ? undefined : status,
});

/**
 * The approval of a meeting's minutes: the round and the approvals in hashes
 * beside the meeting's. Each write is a Lua script that checks the meeting's
 * status and changes it in the same step.
 */
export class RedisMinutesApprovalStore implements MinutesApprovalStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {
    // Registered before anything is sent: with auto-pipelining a script defined mid-pipeline is lost.
    for (const script of [sendMinutes, approveMinutes, closeMinutes]) script.define(redis);
  }

  sendForApproval(councilId: string, meetingId: string, round: MinutesRound) {
    return storeWrite(async () => {
      const answer = await sendMinutes.run(
        this.redis,
        [this.keys.meeting(councilId, meetingId), this.keys.meetingMinutes(councilId, meetingId)],
        [round.sentAt, round.sentBy, round.deadline],
      );
      return answer === 'ok' ? ({ ok: true } as const) : refusal(answer);
    });
  }

  approve(councilId: string, meetingId: string, approval: MinutesApproval) {
    return storeWrite(async () => {
      const answer = await approveMinutes.run(
        this.redis,
        [this.keys.meeting(councilId, meetingId), this.keys.meetingApprovals(councilId, meetingId)],
        [approval.memberId, JSON.stringify(approval)],
      );
      if (answer === 'added' || answer === 'repeat')
        return { ok: true, added: answer === 'added' } as const;
      return refusal(answer);
    });
  }

  closeApproval(councilId: string, meetingId: string, at: Date, by: string) {
    return storeWrite(async () => {
      const answer = await closeMinutes.run(
        this.redis,
        [this.keys.meeting(councilId, meetingId), this.keys.meetingMinutes(councilId, meetingId)],
        [at.toISOString(), by],
      );
      return answer === 'ok' ? ({ ok: true } as const) : refusal(answer);
    });
  }

  round(councilId: string, meetingId: string): Promise<MinutesRound | undefined> {
    return storeCall(async () => {
      const hash = await this.redis.hgetall(this.keys.meetingMinutes(councilId, meetingId));
      const { sentAt, sentBy, deadline, closedAt, closedBy } = hash;
      if (sentAt === undefined || sentBy === undefined || deadline === undefined) return undefined;
      return {
        sentAt,
        sentBy,
        deadline,
        ...(closedAt === undefined ? {} : { closedAt }),
        ...(closedBy === undefined ? {} : { closedBy }),
      };
    });
  }

  approvals(councilId: string, meetingId: string): Promise<MinutesApproval[]> {
    return storeCall(async () => {
      const stored = await this.redis.hvals(this.keys.meetingApprovals(councilId, meetingId));
      return stored
        .map((entry) => JSON.parse(entry) as MinutesApproval)
        .sort(
          (a, b) =>
            a.approvedAt.localeCompare(b.approvedAt) || a.memberId.localeCompare(b.memberId),
        );
    });
  }
}
