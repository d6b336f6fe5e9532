import { teamsDiscussionsEn } from './teams-en.ts';
import type { Translation } from '../messages.ts';
import type { da } from './da.ts';
import { errorsEn } from './errors-en.ts';
import { formationEn } from './formation-en.ts';
import { presentEn } from './present-en.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...teamsDiscussionsEn,
  ...errorsEn,
  ...formationEn,
  ...presentEn,
} satisfies Translation<typeof da>;
