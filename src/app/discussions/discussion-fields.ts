import { z } from 'zod';
import { isLocalDateTime } from '../../domain/discussions/discussion-time.ts';
import {
  maxGroupCount,
  maxGroupSize,
  maxQuestions,
  maxTopics,
  minGroupSize,
} from '../../domain/discussions/discussion-setup.ts';
import { groupRoles } from '../../domain/discussions/discussion.ts';

/** Field schemas the discussions' use cases share. */
export const discussionIdField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const meetingRefField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const itemNumberField = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)*$/, { error: 'invalid_agenda_item' });

/** Council-local 'YYYY-MM-DDTHH:mm' that names a real moment of the calendar. */
export const discussionTimeField = z
  .string()
  .trim()
  .refine(isLocalDateTime, { error: 'invalid_date_time' });

export const discussionTitleField = z.string().trim().min(1).max(150);

export const topicsField = z
  .array(
    z.object({
      title: z.string().trim().min(1).max(150),
      questions: z.array(z.string().trim().min(1).max(500)).min(1).max(maxQuestions),
    }),
  )
  .max(maxTopics);

export const groupCountField = z.number().int().min(1).max(maxGroupCount);
export const groupSizeField = z.number().int().min(minGroupSize).max(maxGroupSize);

export const roomLinkField = z.url({ protocol: /^https?$/, error: 'invalid_link' }).max(2000);
export const roomLinksField = z.array(roomLinkField).max(maxGroupCount);

export const topicKeyField = z.string().trim().min(1).max(8);
export const groupKeyField = z.string().trim().min(1).max(16);
export const groupRoleField = z.enum(groupRoles);

/**
 * Generous stored limits for a summary: the surfaces cut what a modal or a
 * card can show, the store never loses what the referent wrote.
 */
export const maxAnswerLength = 20_000;
export const maxNotesLength = 20_000;
