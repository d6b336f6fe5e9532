import { teamsDiscussionsEn } from './teams-en.ts';
import { presentEn } from './present-en.ts';
import type { Translation } from '../messages.ts';
import type { da } from './da.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...teamsDiscussionsEn,
  ...presentEn,
} satisfies Translation<typeof da>;
