import type { Translation } from '../messages.ts';
import type { da } from './da.ts';
import { cliEn } from './cli-en.ts';
import { errorsEn } from './errors-en.ts';
import { formationEn } from './formation-en.ts';
import { presentEn } from './present-en.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...errorsEn,
  ...presentEn,
  ...cliEn,
  ...formationEn,
} satisfies Translation<typeof da>;
