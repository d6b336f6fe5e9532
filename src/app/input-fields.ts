import { z } from 'zod';

/** Field schemas shared by the use-case inputs. Limits follow the chat platforms'. */
export const councilIdField = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
export const memberIdField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/);
export const hearingIdField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
/** Council-local date, YYYY-MM-DD. */
export const localDateField = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' });
/** Council-local time, HH:MM (also HH.MM, as Danes write it). */
export const localTimeField = z
  .string()
  .trim()
  .regex(/^\d{1,2}[:.]\d{2}$/, { error: 'invalid_time' });
/** A reason for Imod, an objection, or the text of a høringssvar. */
export const reasonField = z.string().trim().max(2000);
