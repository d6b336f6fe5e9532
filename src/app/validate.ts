import type { z } from 'zod';
import { fail, succeed, type Result } from '../domain/errors.ts';

/**
 * Runs an input schema and turns the first problem into an `invalid_input`
 * failure that names the field and what is wrong with it, so the surface can
 * tell the user which field to fix in their own language.
 */
export function validate<S extends z.ZodType>(schema: S, raw: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return succeed(parsed.data);
  const issue = parsed.error.issues[0];
  if (issue === undefined) return fail('invalid_input');
  const field = issue.path.map(String).join('.') || 'input';
  return fail('invalid_input', field, problemOf(issue));
}

const problemCode = /^[a-z_]+$/;

/** A problem code (and its numbers) that the i18n catalogs can phrase. */
export function problemOf(issue: z.core.$ZodIssue): Record<string, string | number> {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 && issue.origin === 'string'
        ? { problem: 'required' }
        : { problem: 'too_small', limit: Number(issue.minimum) };
    case 'too_big':
      return {
        problem: issue.origin === 'string' ? 'too_long' : 'too_big',
        limit: Number(issue.maximum),
      };
    case 'invalid_value':
      return { problem: 'invalid_option', options: issue.values.map(String).join(', ') };
    case 'invalid_type':
      return { problem: issue.input === undefined ? 'required' : 'invalid' };
    case 'invalid_format':
      // Our regex fields carry their problem code as the message (e.g. 'invalid_date').
      return {
        problem: problemCode.test(issue.message) ? issue.message : `invalid_${issue.format}`,
      };
    case 'custom':
      return { problem: problemCode.test(issue.message) ? issue.message : 'invalid' };
    default:
      return { problem: 'invalid' };
  }
}
