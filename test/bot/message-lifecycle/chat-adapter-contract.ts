/**
 * The one contract every chat adapter keeps under the message lifecycle, in
 * the style of an adapter-conformance suite: `chatAdapterContract` takes a
 * way to start a platform (its local fake plus the adapter for it) and runs
 * the same cases against each. A new platform passes this before it is wired.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SenderError, type ChatSender, type Route } from '../../../src/app/chat-sender.ts';
import type { ChatDirectory, ChatPlatform, Notice } from '../../../src/app/ports.ts';
import type { Member } from '../../../src/domain/council/roster.ts';
import { InMemoryChatDirectory } from '../../fakes/in-memory-stores.ts';
import { NoteBook, type NoteNotice } from './note-notices.ts';

/** What the fake platform received, in one shape for every platform. */
export interface Received {
  readonly id: string;
  readonly text: string;
  /** When the fake platform accepted it (ms), on the platform's own clock. */
  readonly at: number;
}

export interface PlatformUnderTest {
  readonly platform: ChatPlatform;
  /**
   * The lifecycle on this platform's adapter, carrying the notes capability,
   * on a clock the fake platform stamps its calls with (pinned where it can).
   */
  lifecycle(book: NoteBook, directory: ChatDirectory): ChatSender;
  /** The council's conversation (and workspace) on this platform. */
  seedCouncil(directory: ChatDirectory, councilId: string): Promise<void>;
  /** A member reachable directly on this platform. */
  seedMember(directory: ChatDirectory, councilId: string): Promise<Member>;
  /** Posts in the council's conversation (Teams: follow-ups included, as they are posts there). */
  posts(): Received[];
  updatesOf(post: Received): Received[];
  /** Follow-ups of a post: in its thread, or after it in its conversation where the platform has no threads for bots. */
  followUpsOf(post: Received): Received[];
  directTo(member: Member): Received[];
  /** The next post is refused: 429 with Retry-After (ms returned), a 5xx, or the conversation is gone. */
  refuseNextPost(failure: 'rate_limited' | 'transient' | 'permanent'): number | undefined;
  close(): Promise<void>;
}

const council = 'rar-kontrakt';

/** ChatSender takes the app's Notice; the lifecycle carries any capability's. */
const asNotice = (notice: NoteNotice) => notice as unknown as Notice;

export function chatAdapterContract(name: string, start: () => Promise<PlatformUnderTest>) {
  describe(`${name} under the message lifecycle`, () => {
    let p: PlatformUnderTest;
    let book: NoteBook;
    let directory: InMemoryChatDirectory;
    let sender: ChatSender;

    const notice = (kind: Exclude<NoteNotice['kind'], 'note_ping'>, noteId = 'n1') =>
      asNotice({ kind, councilId: council, noteId });

    /** Routes a notice and delivers it to every route, as the outbox does. */
    async function deliver(kind: Exclude<NoteNotice['kind'], 'note_ping'>, noteId = 'n1') {
      const routes = await sender.routesFor(notice(kind, noteId));
      for (const route of routes) await sender.deliver(route, notice(kind, noteId));
      return routes;
    }

    async function failureOf(run: () => Promise<unknown>): Promise<SenderError> {
      const error = await run().then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(SenderError);
      return error as SenderError;
    }

    beforeEach(async () => {
      p = await start();
      book = new NoteBook();
      directory = new InMemoryChatDirectory();
      await p.seedCouncil(directory, council);
      book.add({ id: 'n1', text: 'Budgetnotat', when: '2027-01-10' });
      sender = p.lifecycle(book, directory);
    });
    afterEach(async () => {
      await p.close();
    });

    it('posts once, remembers where, and routes later notices there', async () => {
      await deliver('note_posted');

      expect(p.posts().map((post) => post.text)).toEqual(['Budgetnotat']);
      expect(await directory.message(council, 'note:n1', p.platform)).toBeDefined();
      const [route] = await sender.routesFor(notice('note_edited'));
      expect(route?.platform).toBe(p.platform);
    });

    it('a retried post updates the message instead of posting twice', async () => {
      const [route] = await deliver('note_posted');
      await sender.deliver(route!, notice('note_posted'));

      expect(p.posts()).toHaveLength(1);
      expect(p.updatesOf(p.posts()[0]!)).toHaveLength(1);
    });

    it('updates the message in place with the state at delivery time', async () => {
      await deliver('note_posted');
      book.notes.get('n1')!.text = 'Budgetnotat, rettet';
      await deliver('note_edited');

      const [post] = p.posts();
      expect(p.posts()).toHaveLength(1);
      expect(p.updatesOf(post!).map((update) => update.text)).toEqual(['Budgetnotat, rettet']);
    });

    it('two updates asked for within a second land at least a second apart', async () => {
      await deliver('note_posted');
      await deliver('note_edited');
      await deliver('note_edited');

      const [first, second] = p.updatesOf(p.posts()[0]!);
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(1_000);
    });

    it('a refresh before the post needs nothing; a follow-up before it waits for it', async () => {
      expect(await sender.routesFor(notice('note_edited'))).toEqual([]);
      const [route] = await sender.routesFor(notice('note_closed'));

      const early = await failureOf(() => sender.deliver(route!, notice('note_closed')));

      expect(early.failure).toBe('transient');
      expect(p.posts()).toEqual([]);
    });

    it('a follow-up lands with the message once; a versioned one once per version', async () => {
      await deliver('note_posted');
      const [post] = p.posts();
      book.notes.get('n1')!.closed = true;
      await deliver('note_closed');
      await deliver('note_closed');
      await deliver('note_moved');
      await deliver('note_moved');
      book.notes.get('n1')!.when = '2027-01-17';
      await deliver('note_moved');

      expect(p.followUpsOf(post!).map((reply) => reply.text)).toEqual([
        'Lukket: Budgetnotat',
        'Flyttet til 2027-01-10',
        'Flyttet til 2027-01-17',
      ]);
      expect(p.updatesOf(post!)).toHaveLength(5);
    });

    it('a direct message reaches the member, and not once it is no longer due', async () => {
      const member = await p.seedMember(directory, council);
      book.members.set(member.id, member);
      const ping = asNotice({
        kind: 'note_ping',
        councilId: council,
        noteId: 'n1',
        memberId: member.id,
      });
      await deliver('note_posted');

      const [route] = await sender.routesFor(ping);
      await sender.deliver(route!, ping);
      book.notes.get('n1')!.closed = true;
      await sender.deliver(route!, ping);

      expect(p.directTo(member).map((message) => message.text)).toEqual(['Husk: Budgetnotat']);
    });

    it('429 is rate_limited with Retry-After; the retry posts once', async () => {
      const [route] = await sender.routesFor(notice('note_posted'));
      const retryAfterMs = p.refuseNextPost('rate_limited');

      const limited = await failureOf(() => sender.deliver(route!, notice('note_posted')));
      await sender.deliver(route!, notice('note_posted'));

      expect(limited.failure).toBe('rate_limited');
      expect(limited.details.retryAfterMs).toBe(retryAfterMs);
      expect(p.posts()).toHaveLength(1);
    });

    it('a 5xx is transient (retried with backoff)', async () => {
      const [route] = await sender.routesFor(notice('note_posted'));
      p.refuseNextPost('transient');

      expect((await failureOf(() => sender.deliver(route!, notice('note_posted')))).failure).toBe(
        'transient',
      );
    });

    it('a conversation that is gone is permanent (no retry helps)', async () => {
      const [route] = await sender.routesFor(notice('note_posted'));
      p.refuseNextPost('permanent');

      expect((await failureOf(() => sender.deliver(route!, notice('note_posted')))).failure).toBe(
        'permanent',
      );
    });

    it('a store outage while loading is transient; a subject that is gone delivers nothing', async () => {
      const [route] = await sender.routesFor(notice('note_posted'));
      book.down = true;
      expect((await failureOf(() => sender.deliver(route!, notice('note_posted')))).failure).toBe(
        'transient',
      );
      book.down = false;
      await sender.deliver(route!, notice('note_posted', 'n-gone'));
      expect(p.posts()).toEqual([]);
    });

    it('a notice no capability delivers has no route and is given up', async () => {
      const stray = { kind: 'meeting_opened', councilId: council } as unknown as Notice;
      expect(await sender.routesFor(stray)).toEqual([]);
      const route: Route = { platform: p.platform, conversation: 'x' };
      expect((await failureOf(() => sender.deliver(route, stray))).failure).toBe('permanent');
    });
  });
}
