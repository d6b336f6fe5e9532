/** Error texts reach Slack, Teams and the command line alike: no command-line words in them. */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/i18n/messages.ts';
import { describeFailure } from '../../src/i18n/meetings/index.ts';
import { everyCatalog } from './capability-catalogs.ts';

const catalogs = await everyCatalog();
const params = new Proxy({}, { get: (_target, name) => `{${String(name)}}` });
const shown = (entry: Entry): string => (typeof entry === 'function' ? entry(params) : entry);

// «meeting show», "meeting list", --dry-run, npm run cli -- …
const commandLine = /[«"“]meeting |(^|\s)--[a-z]|npm run cli/;

const texts = (locale: 'da' | 'en') =>
  [...catalogs.values()].flatMap((catalog) => Object.entries(catalog[locale]));

describe('texts every surface shows', () => {
  it('names no command or flag in an error or in the chat follow-up sheet', () => {
    const cliWords = (['da', 'en'] as const).flatMap((locale) =>
      texts(locale)
        .filter(([key]) => key.startsWith('error.') || key.startsWith('meeting.followup_chat.'))
        .filter(([, entry]) => commandLine.test(shown(entry)))
        .map(([key, entry]) => `${locale}: ${key}: ${shown(entry)}`),
    );
    expect(cliWords).toEqual([]);
  });

  it('has a command-line hint only for an error that exists', () => {
    const keys = new Set(texts('da').map(([key]) => key));
    const orphans = [...keys]
      .filter((key) => key.startsWith('cli.hint.'))
      .filter((key) => !keys.has(`error.${key.slice('cli.hint.'.length)}`));
    expect(orphans).toEqual([]);
  });

  it('tells a chat member an unknown meeting in words, without «meeting list»', () => {
    expect(describeFailure('da', { code: 'meeting_not_found' })).toBe(
      'Mødet findes ikke. Tjek mødets nummer, fx m0001.',
    );
    expect(describeFailure('en', { code: 'meeting_not_found' })).toBe(
      "There is no such meeting. Check the meeting's number, e.g. m0001.",
    );
  });
});
