import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Notice, Notifier } from '../app/ports.ts';
import { jobIdOf, type OutboxPayload } from './queues.ts';

/** A card refresh waits this long, so the clicks in between ride along with it. */
export const refreshDelayMs = 1_000;

/**
 * The id that makes the same notice twice one job. Only what identifies the
 * event goes in: a second hearing_closed for the same hearing is the same news.
 */
export function noticeJobId(notice: Notice): string {
  const { councilId, hearingId } = notice;
  switch (notice.kind) {
    case 'hearing_opened':
      return jobIdOf('opened', councilId, hearingId);
    case 'hearing_changed':
      return jobIdOf('refresh', councilId, hearingId);
    case 'deadline_moved':
      return jobIdOf('moved', councilId, hearingId, Date.parse(notice.deadline));
    case 'hearing_closed':
      return jobIdOf('closed', councilId, hearingId);
    case 'hearing_cancelled':
      return jobIdOf('cancelled', councilId, hearingId);
    case 'reminder':
      return jobIdOf(
        'reminder',
        councilId,
        hearingId,
        notice.memberId,
        notice.reminderKey,
        Date.parse(notice.deadline),
      );
  }
}

/**
 * The key that says "a refresh of this hearing is pending": set by the first
 * click, cleared by the outbox worker when it starts on the refresh. Clicks
 * in between skip the (comparatively costly) BullMQ add: their ballots are
 * already stored, and the pending refresh reads the store after they were.
 * It expires by itself in case a process dies between setting it and adding.
 */
export const refreshGateKey = (prefix: string, notice: Notice): string =>
  `${prefix}:refresh-pending:${noticeJobId(notice)}`;
const refreshGateSafetyMs = 10_000;

/** The Redis client and queue prefix the refresh gate lives under. */
export interface RefreshGate {
  readonly redis: Pick<Redis, 'set'>;
  readonly prefix: string;
}

/** Turns notices into outbox jobs; the outbox worker fans them out to chat. */
export class OutboxNotifier implements Notifier {
  constructor(
    private readonly outbox: Queue<OutboxPayload>,
    private readonly gate?: RefreshGate,
  ) {}

  async notify(notice: Notice): Promise<void> {
    if (notice.kind === 'hearing_changed') {
      if (this.gate) {
        const key = refreshGateKey(this.gate.prefix, notice);
        if ((await this.gate.redis.set(key, '1', 'PX', refreshGateSafetyMs, 'NX')) !== 'OK') return;
      }
      await this.outbox.add('notice', { notice }, refreshOptions(noticeJobId(notice)));
      return;
    }
    await this.outbox.add('notice', { notice }, { jobId: noticeJobId(notice) });
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
