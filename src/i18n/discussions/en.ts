import type { Translation } from '../messages.ts';
import type { da } from './da.ts';
import { cliEn } from './cli-en.ts';
import { errorsEn } from './errors-en.ts';
import { formationEn } from './formation-en.ts';
import { presentEn } from './present-en.ts';
import { slackEn } from './slack-en.ts';
import { teamsEn } from './teams-en.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...cliEn,
  ...errorsEn,
  ...formationEn,
  ...presentEn,
  ...slackEn,
  ...teamsEn,
} satisfies Translation<typeof da>;
