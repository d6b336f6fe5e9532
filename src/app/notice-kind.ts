import type { z } from 'zod';

/** What every notice carries: its kind, and the council it concerns. */
export interface NoticeBase {
  readonly kind: string;
  readonly councilId: string;
}

/**
 * How one kind of notice travels: the schema its queued payload is checked
 * against, and what identifies the event, so that the same event queued twice
 * is delivered once. A refresh (of a message already shown) is coalesced to at
 * most one per second instead.
 */
export interface NoticeKind<N extends NoticeBase = NoticeBase> {
  readonly schema: z.ZodType<N>;
  /** The parts of the notice's job id, a word first; BullMQ-safe escaping is the queue's business. */
  idParts(notice: N): readonly [string, ...(string | number)[]];
  readonly refresh?: boolean;
}

/** A capability's notice kinds, by kind. */
export type NoticeKinds<Notices extends NoticeBase> = {
  readonly [K in Notices['kind']]: NoticeKind<Extract<Notices, { kind: K }>>;
};

/** Every capability's notice kinds together, as the outbox reads them. */
export type NoticeCatalog = Readonly<Record<string, NoticeKind<NoticeBase>>>;
