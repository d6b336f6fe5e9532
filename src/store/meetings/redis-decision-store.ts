import type { Redis } from 'ioredis';
import type { DecisionStore, DecisionWrite } from '../../app/meetings/ports.ts';
import type { Decision, DecisionEvent } from '../../domain/meetings/decision.ts';
import { compareAgendaNumbers } from '../../domain/meetings/agenda-number.ts';
import { LuaScript } from '../lua-script.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

const recordDecision = new LuaScript('record-decision', 4);

type ScriptReply = [status: 'ok' | 'changed' | 'closed', detail?: string];

const byItem = (a: Decision, b: Decision): number =>
  compareAgendaNumbers(a.item.split('.').map(Number), b.item.split('.').map(Number));

/**
 * The decisions recorded on a meeting's items and their audit, beside the
 * meeting's hash (see the key table in src/store/redis-keys.ts). A decision
 * and its audit event are one Lua script, which also checks the revision the
 * caller saw and the meeting's status.
 */
export class RedisDecisionStore implements DecisionStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  recordDecision(
    councilId: string,
    meetingId: string,
    decision: Decision,
    event: DecisionEvent,
    seenRevision: number,
  ): Promise<DecisionWrite> {
    return storeWrite(async () => {
      const k = this.keys.meetingDecisionKeys(councilId, meetingId);
      const [status, detail] = (await recordDecision.run(
        this.redis,
        [k.meeting, k.decisions, k.revisions, k.audit],
        [
          decision.item,
          seenRevision,
          decision.revision,
          JSON.stringify(decision),
          JSON.stringify(event),
        ],
      )) as ScriptReply;
      if (status === 'ok') return { written: true };
      if (status === 'closed')
        return {
          written: false,
          meetingStatus: detail as 'cancelled' | 'minutes_approved' | 'missing',
        };
      return detail === undefined || detail === ''
        ? { written: false }
        : { written: false, current: JSON.parse(detail) as Decision };
    });
  }

  /** In agenda order. */
  decisions(councilId: string, meetingId: string): Promise<Decision[]> {
    return storeCall(async () => {
      const values = await this.redis.hvals(
        this.keys.meetingDecisionKeys(councilId, meetingId).decisions,
      );
      return values.map((value) => JSON.parse(value) as Decision).sort(byItem);
    });
  }

  decisionAudit(councilId: string, meetingId: string): Promise<DecisionEvent[]> {
    return storeCall(async () => {
      const values = await this.redis.lrange(
        this.keys.meetingDecisionKeys(councilId, meetingId).audit,
        0,
        -1,
      );
      return values.map((value) => JSON.parse(value) as DecisionEvent);
    });
  }
}
