import type { Locale } from '../../domain/council/council.ts';
import { t } from '../../i18n/messages.ts';

/** `npm run cli -- help`: every command, in the council's language (the text is in the catalogs). */
export const cliHelp = (locale: Locale): string => t(locale, 'cli.help');
