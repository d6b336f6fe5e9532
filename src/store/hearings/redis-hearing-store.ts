import type { Redis } from 'ioredis';
import { byCastAtThenSeat, type AuditEvent, type Ballot } from '../../domain/hearings/ballot.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import type { HearingResult } from '../../domain/hearings/hearing-result.ts';
import type {
  CastOutcome,
  HearingStore,
  ReminderClaim,
  StoreRefusal,
  WithdrawOutcome,
} from '../../app/hearings/ports.ts';
import { ballotEvent, recusalEvent, withdrawEvent } from './audit-events.ts';
import { execAll } from '../exec-all.ts';
import { hearingFromHash, hearingToFields } from './hearing-hash.ts';
import { defineScripts, scripts } from '../lua-script.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

type ScriptReply = [status: 'ok' | 'refused', detail?: string];

/**
 * Hearings, ballots and their audit trail in Redis. Every write that depends
 * on what is stored (a ballot on an open hearing, a close that happens once)
 * runs as one Lua script; see src/store/lua and the key table in src/store/redis-keys.ts.
 */
export class RedisHearingStore implements HearingStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {
    defineScripts(redis);
  }

  saveHearing(hearing: Hearing): Promise<void> {
    return storeCall(async () => {
      const k = this.keys.hearingKeys(hearing.councilId, hearing.id);
      const fields = hearingToFields(hearing);
      // Indexed first: a reader skips an id whose hearing is missing or sits elsewhere now.
      if (hearing.meetingId !== undefined)
        await this.redis.sadd(
          this.keys.meetingHearings(hearing.councilId, hearing.meetingId),
          hearing.id,
        );
      const blockedBy = await scripts.saveHearing.run(
        this.redis,
        [k.hearing, k.openHearings],
        [hearing.id, fields.state, fields.deadlineMs, fields.body],
      );
      if (typeof blockedBy === 'string') {
        throw new Error(`hearing ${hearing.id} is ${blockedBy}: only a draft can be rewritten`);
      }
    });
  }

  hearing(councilId: string, hearingId: string): Promise<Hearing | undefined> {
    return storeCall(async () =>
      hearingFromHash(await this.redis.hgetall(this.keys.hearing(councilId, hearingId))),
    );
  }

  hearingsOfMeeting(councilId: string, meetingId: string): Promise<Hearing[]> {
    return storeCall(async () => {
      const ids = await this.redis.smembers(this.keys.meetingHearings(councilId, meetingId));
      if (ids.length === 0) return [];
      const batch = this.redis.pipeline();
      for (const id of ids) batch.hgetall(this.keys.hearing(councilId, id));
      const hashes = (await execAll(batch)) as Array<Record<string, string>>;
      return hashes
        .map(hearingFromHash)
        .filter((hearing): hearing is Hearing => hearing?.meetingId === meetingId)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    });
  }

  openHearings(councilId: string): Promise<Hearing[]> {
    return storeCall(async () => {
      const ids = await this.redis.zrange(this.keys.openHearings(councilId), 0, -1);
      if (ids.length === 0) return [];
      const batch = this.redis.pipeline();
      for (const id of ids) batch.hgetall(this.keys.hearing(councilId, id));
      const hashes = (await execAll(batch)) as Array<Record<string, string>>;
      // A hearing may close or move between the two reads: trust its own hash.
      return hashes
        .map(hearingFromHash)
        .filter((hearing): hearing is Hearing => hearing?.state === 'open')
        .sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline) || (a.id < b.id ? -1 : 1));
    });
  }

  castBallot(councilId: string, hearingId: string, ballot: Ballot): Promise<CastOutcome> {
    return storeWrite(async () => {
      const k = this.keys.hearingKeys(councilId, hearingId);
      const [status, detail] = (await scripts.castBallot.run(
        this.redis,
        [k.hearing, k.ballots, k.audit, k.recused],
        [
          ballot.seatId,
          JSON.stringify(ballot),
          Date.parse(ballot.castAt),
          JSON.stringify(ballotEvent(ballot, 'cast')),
          JSON.stringify(ballotEvent(ballot, 'change')),
        ],
      )) as ScriptReply;
      if (status === 'refused') return { ok: false, code: detail as StoreRefusal['code'] };
      return detail === undefined
        ? { ok: true }
        : { ok: true, previous: JSON.parse(detail) as Ballot };
    });
  }

  withdrawBallot(
    councilId: string,
    hearingId: string,
    seatId: string,
    memberId: string,
    at: Date,
  ): Promise<WithdrawOutcome> {
    return storeCall(async () => {
      const k = this.keys.hearingKeys(councilId, hearingId);
      const [status, detail] = (await scripts.withdrawBallot.run(
        this.redis,
        [k.hearing, k.ballots, k.audit, k.recused],
        [seatId, at.getTime(), JSON.stringify(withdrawEvent(seatId, memberId, at))],
      )) as ScriptReply;
      if (status === 'refused') {
        return { ok: false, code: detail as StoreRefusal['code'] | 'no_ballot_to_withdraw' };
      }
      return { ok: true, withdrawn: JSON.parse(detail ?? 'null') as Ballot };
    });
  }

  /** Ordered by castAt, then seatId. */
  ballots(councilId: string, hearingId: string): Promise<Ballot[]> {
    return storeCall(async () => {
      const values = await this.redis.hvals(this.keys.hearingKeys(councilId, hearingId).ballots);
      return values.map((value) => JSON.parse(value) as Ballot).sort(byCastAtThenSeat);
    });
  }

  auditTrail(councilId: string, hearingId: string): Promise<AuditEvent[]> {
    return storeCall(async () => {
      const events = await this.redis.lrange(
        this.keys.hearingKeys(councilId, hearingId).audit,
        0,
        -1,
      );
      return events.map((event) => JSON.parse(event) as AuditEvent);
    });
  }

  /** False when already recorded, or when there is no such hearing. */
  recordRecusal(
    councilId: string,
    hearingId: string,
    memberId: string,
    at: Date,
  ): Promise<boolean> {
    return storeCall(async () => {
      const k = this.keys.hearingKeys(councilId, hearingId);
      const recorded = await scripts.recordRecusal.run(
        this.redis,
        [k.hearing, k.recused, k.audit],
        [memberId, JSON.stringify(recusalEvent(memberId, at))],
      );
      return recorded === 1;
    });
  }

  recusedMemberIds(councilId: string, hearingId: string): Promise<Set<string>> {
    return storeCall(
      async () =>
        new Set(await this.redis.smembers(this.keys.hearingKeys(councilId, hearingId).recused)),
    );
  }

  moveDeadline(councilId: string, hearingId: string, deadline: Date): Promise<boolean> {
    return storeCall(async () => {
      const k = this.keys.hearingKeys(councilId, hearingId);
      const moved = await scripts.moveDeadline.run(
        this.redis,
        [k.hearing, k.openHearings],
        [hearingId, deadline.getTime()],
      );
      return moved === 1;
    });
  }

  claimReminder(
    councilId: string,
    hearingId: string,
    at: Date,
    intervalMs: number,
  ): Promise<ReminderClaim> {
    return storeCall(async () => {
      const { reminded } = this.keys.hearingKeys(councilId, hearingId);
      const last = await scripts.claimReminder.run(
        this.redis,
        [reminded],
        [at.getTime(), intervalMs],
      );
      return last === null ? { claimed: true } : { claimed: false, lastAt: new Date(Number(last)) };
    });
  }

  markClosed(
    councilId: string,
    hearingId: string,
    closedAt: Date,
    closedBy: string,
  ): Promise<boolean> {
    return this.changeState(councilId, hearingId, 'closed', ['open'], {
      closedAt: closedAt.toISOString(),
      closedBy,
    });
  }

  /**
   * Draft or open → cancelled. When and by whom are kept in the hash
   * (cancelledAt, cancelledBy); the Hearing type has no field for them yet.
   */
  markCancelled(councilId: string, hearingId: string, at: Date, by: string): Promise<boolean> {
    return this.changeState(councilId, hearingId, 'cancelled', ['draft', 'open'], {
      cancelledAt: at.toISOString(),
      cancelledBy: by,
    });
  }

  /** The first result stored stays; a hearing that is not closed takes none (a bug: throws). */
  saveResult(councilId: string, hearingId: string, result: HearingResult): Promise<void> {
    return storeCall(async () => {
      const state = await scripts.saveResult.run(
        this.redis,
        [this.keys.hearing(councilId, hearingId)],
        [JSON.stringify(result)],
      );
      if (state !== 'closed')
        throw new Error(
          `hearing ${hearingId} is ${String(state)}: a result needs a closed hearing`,
        );
    });
  }

  private changeState(
    councilId: string,
    hearingId: string,
    to: 'closed' | 'cancelled',
    from: readonly string[],
    fields: Record<string, string>,
  ): Promise<boolean> {
    return storeCall(async () => {
      const k = this.keys.hearingKeys(councilId, hearingId);
      const changed = await scripts.changeState.run(
        this.redis,
        [k.hearing, k.openHearings],
        [hearingId, to, from.join(','), ...Object.entries(fields).flat()],
      );
      return changed === 1;
    });
  }
}
