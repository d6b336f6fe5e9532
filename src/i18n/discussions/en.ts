import type { Translation } from '../messages.ts';
import type { da } from './da.ts';
import { errorsEn } from './errors-en.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...errorsEn,
} satisfies Translation<typeof da>;
