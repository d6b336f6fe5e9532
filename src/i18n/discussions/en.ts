import type { Translation } from '../messages.ts';
import type { da } from './da.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {} satisfies Translation<typeof da>;
