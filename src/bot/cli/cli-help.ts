import type { Locale } from '../../domain/council/council.ts';
import { t } from '../../i18n/messages.ts';
import type { CliPart } from './cli-part.ts';

/**
 * `npm run cli -- help`: every command, in the council's language; each
 * capability's block comes from its own part, in the order the parts are given.
 */
export const cliHelp = (locale: Locale, parts: readonly CliPart[]): string =>
  [
    t(locale, 'cli.help.title'),
    '',
    ...parts.map((part) => t(locale, part.help)),
    '',
    t(locale, 'cli.help.notes'),
  ].join('\n');
