import type { Translation } from '../messages.ts';
import type { da } from './da.ts';
import { chatEn } from './chat-en.ts';
import { cliEn } from './cli-en.ts';
import { editEn } from './edit-en.ts';
import { errorsEn } from './errors-en.ts';
import { formationEn } from './formation-en.ts';
import { presentEn } from './present-en.ts';
import { slackDiscussionsEn } from './slack-en.ts';
import { slackEditEn } from './slack-edit-en.ts';
import { teamsDiscussionsEn } from './teams-en.ts';
import { teamsEditEn } from './teams-edit-en.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...chatEn,
  ...cliEn,
  ...editEn,
  ...errorsEn,
  ...formationEn,
  ...presentEn,
  ...slackDiscussionsEn,
  ...slackEditEn,
  ...teamsDiscussionsEn,
  ...teamsEditEn,
} satisfies Translation<typeof da>;
