import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { NoticeCatalog } from '../app/notice-kind.ts';
import type { Notice, Notifier } from '../app/ports.ts';
import { jobIdOf, type OutboxPayload } from './queues.ts';

/** A card refresh waits this long, so the clicks in between ride along with it. */
export const refreshDelayMs = 1_000;

/**
 * The id that makes the same notice twice one job: built from what identifies
 * the event, as the notice's kind declares it (see NoticeKind.idParts).
 */
export function noticeJobId(notices: NoticeCatalog, notice: Notice): string {
  const [word, ...parts] = kindOf(notices, notice).idParts(notice);
  return jobIdOf(word, ...parts);
}

/** A refresh of a message already shown: coalesced, not queued once per click. */
export const isRefresh = (notices: NoticeCatalog, notice: Notice): boolean =>
  kindOf(notices, notice).refresh === true;

function kindOf(notices: NoticeCatalog, notice: Notice) {
  const kind = notices[notice.kind];
  if (kind === undefined) throw new Error(`no capability declares the notice kind ${notice.kind}`);
  return kind;
}

/**
 * The key that says "a refresh of this hearing is pending": set by the first
 * click, cleared by the outbox worker when it starts on the refresh. Clicks
 * in between skip the (comparatively costly) BullMQ add: their ballots are
 * already stored, and the pending refresh reads the store after they were.
 * It expires by itself in case a process dies between setting it and adding.
 */
export const refreshGateKey = (prefix: string, refreshJobId: string): string =>
  `${prefix}:refresh-pending:${refreshJobId}`;
const refreshGateSafetyMs = 10_000;

/** The Redis client and queue prefix the refresh gate lives under. */
export interface RefreshGate {
  readonly redis: Pick<Redis, 'set'>;
  readonly prefix: string;
}

/** Turns notices into outbox jobs; the outbox worker fans them out to chat. */
export class OutboxNotifier implements Notifier {
  constructor(
    private readonly notices: NoticeCatalog,
    private readonly outbox: Queue<OutboxPayload>,
    private readonly gate?: RefreshGate,
  ) {}

  async notify(notice: Notice): Promise<void> {
    const jobId = noticeJobId(this.notices, notice);
    if (isRefresh(this.notices, notice)) {
      if (this.gate) {
        const key = refreshGateKey(this.gate.prefix, jobId);
        if ((await this.gate.redis.set(key, '1', 'PX', refreshGateSafetyMs, 'NX')) !== 'OK') return;
      }
      await this.outbox.add('notice', { notice }, refreshOptions(jobId));
      return;
    }
    await this.outbox.add('notice', { notice }, { jobId });
  }
}

/**
 * Coalesces refreshes: while one is delayed, further clicks are absorbed (it
 * renders fresh state when it runs, so it includes them). While it is active,
 * keepLastIfActive stores one follow-up, created with the same delay when it
 * finishes — a click during rendering is never lost, and two refreshes of one
 * hearing start at least refreshDelayMs apart. No jobId: each refresh is new
 * work, and nothing needs it once done.
 */
export const refreshOptions = (deduplicationId: string, delay = refreshDelayMs) => ({
  delay,
  deduplication: { id: deduplicationId, keepLastIfActive: true },
  removeOnComplete: true,
});
