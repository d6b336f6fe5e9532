import { z } from 'zod';
import { isLocalDateTime } from '../../domain/meetings/meeting.ts';

/** Field schemas the meeting use cases share. */
export const meetingIdField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** Council-local 'YYYY-MM-DDTHH:mm' that names a real moment of the calendar. */
export const localDateTimeField = z
  .string()
  .trim()
  .refine(isLocalDateTime, { error: 'invalid_date_time' });

export const meetingTitleField = z.string().trim().min(1).max(150);
export const placeField = z.string().trim().min(1).max(300);
export const onlineLinkField = z.url({ protocol: /^https?$/, error: 'invalid_link' }).max(2000);
