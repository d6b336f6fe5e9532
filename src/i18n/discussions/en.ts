import type { Translation } from '../messages.ts';
import type { da } from './da.ts';
import { errorsEn } from './errors-en.ts';
import { slackDiscussionsEn } from './slack-en.ts';
import { formationEn } from './formation-en.ts';
import { presentEn } from './present-en.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...errorsEn,
  ...formationEn,
  ...presentEn,
  ...slackDiscussionsEn,
} satisfies Translation<typeof da>;
