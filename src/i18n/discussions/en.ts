import type { Translation } from '../messages.ts';
import type { da } from './da.ts';
import { formationEn } from './formation-en.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...formationEn,
} satisfies Translation<typeof da>;
