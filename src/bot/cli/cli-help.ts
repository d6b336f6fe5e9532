import type { Locale } from '../../domain/council/council.ts';
import { t, textFor } from '../../i18n/shared/index.ts';
import type { CliPart } from './cli-part.ts';

/**
 * `npm run cli -- help`: every command, in the council's language; each
 * capability's block comes from its own part, in the order the parts are given.
 */
export const cliHelp = (locale: Locale, parts: readonly CliPart[]): string =>
  [
    t(locale, 'cli.help.intro'),
    parts.map((part) => textFor(locale, part.help)).join('\n'),
    t(locale, 'cli.help.footer'),
  ].join('\n\n');
