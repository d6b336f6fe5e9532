import { z } from 'zod';
import { groupRoles, type GroupRole } from '../../../domain/discussions/discussion.ts';

/**
 * What a discussion button's value (or a modal's private_metadata) carries:
 * the discussion's id and, for some, a topic key, a group key or a role.
 * Short keys keep a value far under Slack's 2,000 characters. Read back with
 * {@link parseDiscussionValue}: the value comes from the client and is
 * trusted no further than its shape; whether the discussion, topic or group
 * exists is the use case's to say.
 */
export interface DiscussionRef {
  readonly discussionId: string;
  readonly topic?: string;
  readonly groupKey?: string;
  readonly role?: GroupRole;
}

const wire = z.object({
  d: z.string().min(1).max(200),
  t: z
    .string()
    .regex(/^[A-Z]{1,3}$/)
    .optional(),
  g: z
    .string()
    .regex(/^[A-Z]{1,3}\d{1,3}$/)
    .optional(),
  r: z.enum(groupRoles).optional(),
});

export const discussionValue = (ref: DiscussionRef): string =>
  JSON.stringify({
    d: ref.discussionId,
    ...(ref.topic === undefined ? {} : { t: ref.topic }),
    ...(ref.groupKey === undefined ? {} : { g: ref.groupKey }),
    ...(ref.role === undefined ? {} : { r: ref.role }),
  });

/** The value read back, or undefined when it is not one we drew. */
export function parseDiscussionValue(value: string | undefined): DiscussionRef | undefined {
  if (value === undefined || value.length > 500) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const checked = wire.safeParse(parsed);
  if (!checked.success) return undefined;
  const { d, t, g, r } = checked.data;
  return {
    discussionId: d,
    ...(t === undefined ? {} : { topic: t }),
    ...(g === undefined ? {} : { groupKey: g }),
    ...(r === undefined ? {} : { role: r }),
  };
}

/** What the «Ret opsætning» form carries: the discussion and the `sequence` it showed. */
export interface EditRef {
  readonly discussionId: string;
  readonly seenSequence: number;
}

const editWire = z.object({
  d: z.string().min(1).max(200),
  s: z.number().int().min(0),
});

export const editMetadata = (ref: EditRef): string =>
  JSON.stringify({ d: ref.discussionId, s: ref.seenSequence });

/** The form's private_metadata read back (ours, but checked: a bad one is no reference). */
export function readEditMetadata(metadata: string | undefined): EditRef | undefined {
  if (metadata === undefined || metadata === '' || metadata.length > 500) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(metadata);
  } catch {
    return undefined;
  }
  const checked = editWire.safeParse(parsed);
  return checked.success
    ? { discussionId: checked.data.d, seenSequence: checked.data.s }
    : undefined;
}
