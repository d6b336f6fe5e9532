import { presentEn } from './present-en.ts';
import type { Translation } from '../messages.ts';
import type { da } from './da.ts';
import { errorsEn } from './errors-en.ts';
import { slackDiscussionsEn } from './slack-en.ts';

/** English for group discussions. Every Danish key must exist here (typechecked). */
export const en = {
  ...errorsEn,
  ...presentEn,
  ...slackDiscussionsEn,
} satisfies Translation<typeof da>;
