/**
 * Replies kept current in a subject's thread (an agenda's items): posted
 * once, updated in place when they change, resumed where a failed delivery
 * stopped. Platform-neutral, on an in-memory adapter.
 */
import { describe, expect, it } from 'vitest';
import { SenderError, type Route } from '../../../src/app/chat-sender.ts';
import type { Notice } from '../../../src/app/ports.ts';
import type { ChatAdapter } from '../../../src/bot/message-lifecycle/chat-adapter.ts';
import { MessageLifecycle } from '../../../src/bot/message-lifecycle/message-lifecycle.ts';
import { succeed } from '../../../src/domain/errors.ts';
import type { NoticePlans } from '../../../src/bot/message-lifecycle/notice-plan.ts';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { InMemoryChatDirectory } from '../../fakes/in-memory-stores.ts';

interface Where {
  readonly id: string;
}

/** A list of lines in the council's conversation; "n" is the subject's message, the rest its thread. */
class ListAdapter implements ChatAdapter<Where, string, string, never> {
  readonly platform = 'slack';
  readonly conversationLimit = { max: 1, windowMs: 1_000 };
  readonly messages = new Map<string, string>();
  readonly updates: string[] = [];
  failReplyNumber: number | undefined;
  private replies = 0;
  private next = 0;

  whereOf = (record: Readonly<Record<string, unknown>>) =>
    typeof record['id'] === 'string' ? { id: record['id'] } : undefined;
  routeTo = (): Route => ({ platform: 'slack', conversation: 'C1' });
  councilRoute = async (): Promise<Route> => this.routeTo();
  memberRoute = async () => undefined;
  async post(_route: Route, _council: string, message: string): Promise<Where> {
    const id = `m${this.next++}`;
    this.messages.set(id, message);
    return { id };
  }
  async update(_route: Route, _council: string, where: Where, message: string) {
    this.messages.set(where.id, message);
    this.updates.push(where.id);
  }
  async reply(route: Route, council: string, _where: Where, message: string) {
    this.replies += 1;
    if (this.replies === this.failReplyNumber)
      throw new SenderError('rate_limited', '429', { retryAfterMs: 1_000 });
    return (await this.post(route, council, message)).id;
  }
  replyAddress = (_where: Where, replyId: string): Where => ({ id: replyId });
  sendDirect = async () => {};
}

interface Agenda {
  title: string;
  items: Record<string, string>;
}

function agendaPlans(agenda: Agenda): NoticePlans<Agenda, never> {
  return {
    handles: (notice) => notice.kind === 'agenda',
    plan: () => ({ to: 'subject', subject: 'agenda:1', whenUnposted: 'open' }),
    load: async () => succeed(structuredClone(agenda)),
    followUp: () => undefined,
    threadReplies: (_notice, state) =>
      Object.entries(state.items).map(([key, text]) => ({ key, version: text })),
    recipient: () => undefined,
    stillDue: () => false,
  };
}

function setUp(agenda: Agenda) {
  const adapter = new ListAdapter();
  const slept: number[] = [];
  // What a process keeps across a restart: the platform's messages and the stored records.
  const directory = new InMemoryChatDirectory();
  const start = () =>
    new MessageLifecycle({
      adapter,
      notices: [
        {
          plans: agendaPlans(agenda),
          render: {
            subject: (state: Agenda) => state.title,
            threadReply: (key: string, state: Agenda) => `${key}: ${state.items[key]}`,
            followUp: () => '',
            direct: () => '',
          },
        },
      ],
      directory,
      clock: new FixedClock(),
      log: { info() {}, warn() {} },
      sleep: async (ms) => void slept.push(ms),
    });
  let lifecycle = start();
  const notice = { kind: 'agenda', councilId: 'rar-test' } as unknown as Notice;
  const deliver = async () => {
    for (const route of await lifecycle.routesFor(notice)) await lifecycle.deliver(route, notice);
  };
  /** A new process: a lifecycle with nothing in memory, on the same records. */
  const restart = () => {
    lifecycle = start();
  };
  return { adapter, slept, deliver, restart };
}

describe("replies kept current in a subject's thread", () => {
  it('are posted once each after the subject, one conversation slot apart', async () => {
    const { adapter, slept, deliver } = setUp({ title: 'Dagsorden', items: { a: 'Et', b: 'To' } });
    await deliver();
    expect([...adapter.messages.values()]).toEqual(['Dagsorden', 'a: Et', 'b: To']);
    expect(slept).toEqual([1_000, 1_000]);
  });

  it('are updated in place when they change, and left alone when they do not', async () => {
    const agenda = { title: 'Dagsorden', items: { a: 'Et', b: 'To' } };
    const { adapter, deliver } = setUp(agenda);
    await deliver();
    agenda.items.b = 'To, med beslutning';
    await deliver();
    expect([...adapter.messages.values()]).toEqual(['Dagsorden', 'a: Et', 'b: To, med beslutning']);
    // The subject is refreshed, and only the changed reply.
    expect(adapter.updates).toEqual(['m0', 'm2']);
  });

  it('pick up where a failed delivery stopped, posting none twice', async () => {
    const { adapter, deliver } = setUp({
      title: 'Dagsorden',
      items: { a: 'Et', b: 'To', c: 'Tre' },
    });
    adapter.failReplyNumber = 2;
    await expect(deliver()).rejects.toThrow(SenderError);
    await deliver();
    expect([...adapter.messages.values()]).toEqual(['Dagsorden', 'a: Et', 'b: To', 'c: Tre']);
  });

  it('pick up after a restart where the stopped process left off, posting none twice', async () => {
    const { adapter, deliver, restart } = setUp({
      title: 'Dagsorden',
      items: { a: 'Et', b: 'To', c: 'Tre', d: 'Fire' },
    });
    adapter.failReplyNumber = 3;
    await expect(deliver()).rejects.toThrow(SenderError);
    expect([...adapter.messages.values()]).toEqual(['Dagsorden', 'a: Et', 'b: To']);
    restart();
    await deliver();
    expect([...adapter.messages.values()]).toEqual([
      'Dagsorden',
      'a: Et',
      'b: To',
      'c: Tre',
      'd: Fire',
    ]);
    // The subject is brought up to date in place, never posted again.
    expect(adapter.updates).toEqual(['m0']);
  });
});
