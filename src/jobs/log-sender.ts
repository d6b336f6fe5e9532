import type { Notice } from '../app/ports.ts';
import type { ChatSender, Route } from './chat-sender.ts';

/** The part of a pino logger the sender uses. */
export interface NoticeLog {
  info(fields: object, message: string): void;
}

/**
 * The sender when no chat surface is configured: one structured log line per
 * notice, so the CLI flow visibly "sends" something and the outbox path
 * (dedup, coalescing, limits) runs the same as with Slack or Teams.
 */
export class LogSender implements ChatSender {
  readonly platform = 'log';
  readonly conversationLimit = { max: 1_000, windowMs: 1_000 };

  constructor(private readonly log: NoticeLog) {}

  async routesFor(notice: Notice): Promise<Route[]> {
    // A notice for one member (a hearing's reminder, a meeting's afbud reminder) names them.
    const conversation =
      'memberId' in notice ? `member/${notice.memberId}` : `council/${notice.councilId}`;
    return [{ platform: this.platform, conversation }];
  }

  async deliver(route: Route, notice: Notice): Promise<void> {
    this.log.info({ notice, conversation: route.conversation }, `notice ${notice.kind}`);
  }
}
