import type { Locale } from '../../domain/council/council.ts';
import { t } from '../../i18n/hearings/index.ts';

/** The commands of each capability, in the order the help lists them; each in its own catalog. */
const commandSections = ['cli.help.council', 'cli.help.hearings'] as const;

/** `npm run cli -- help`: every command, in the council's language (the text is in the catalogs). */
export const cliHelp = (locale: Locale): string =>
  [
    t(locale, 'cli.help.intro'),
    commandSections.map((section) => t(locale, section)).join('\n'),
    t(locale, 'cli.help.footer'),
  ].join('\n\n');
