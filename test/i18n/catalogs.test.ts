import { describe, expect, it } from 'vitest';
import type { Catalog, Entry } from '../../src/i18n/messages.ts';
import { everyCatalog, everyErrorCode } from './capability-catalogs.ts';

const catalogs = await everyCatalog();
const errorCodes = await everyErrorCode();

// Renders a text with every parameter shown by name, to compare texts.
const params = new Proxy({}, { get: (_target, name) => `{${String(name)}}` });
const shown = (entry: Entry): string => (typeof entry === 'function' ? entry(params) : entry);

const allKeys = (locale: keyof Catalog) =>
  [...catalogs.values()].flatMap((catalog) => Object.keys(catalog[locale]));

describe('message catalogs', () => {
  it('finds the shared catalog and each capability', () => {
    expect([...catalogs.keys()]).toEqual(expect.arrayContaining(['shared', 'council', 'hearings']));
  });

  it('has every declared error code in Danish and in English', () => {
    expect([...errorCodes.keys()]).toEqual(
      expect.arrayContaining(['invalid_input', 'council_not_found', 'hearing_not_found']),
    );
    const missing = [...errorCodes]
      .flatMap(([code, declaredIn]) =>
        (['da', 'en'] as const).map((locale) => ({ code, declaredIn, locale })),
      )
      .filter(({ code, locale }) => !allKeys(locale).includes(`error.${code}`))
      .map(({ code, declaredIn, locale }) => `${locale}: error.${code} (${declaredIn})`);
    expect(missing).toEqual([]);
  });

  it('has each key in one catalog only, in the same keys in both languages', () => {
    const keys = allKeys('da');
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    for (const catalog of catalogs.values())
      expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.da).sort());
  });

  it('says the same thing once: no two keys with the same Danish and English text', () => {
    // Looked up by a name built from a code, a field or a column, so each
    // needs its own key even where the words happen to be the same.
    const keyedByName = [
      ['cli.error.member_not_found', 'cli.error.not_on_roster'],
      ['cli.export.col.answered_at', 'cli.export.col.time'],
      ['cli.export.col.answer', 'field.choice'],
      ['cli.export.col.member', 'field.memberId'],
      ['cli.export.col.reason', 'field.reason'],
      ['cli.export.event.recusal', 'cli.show.recused'],
    ].map((group) => group.join(' = '));
    const byText = new Map<string, string[]>();
    for (const catalog of catalogs.values())
      for (const [key, entry] of Object.entries(catalog.da)) {
        const text = JSON.stringify([shown(entry), shown(catalog.en[key]!)]);
        byText.set(text, [...(byText.get(text) ?? []), key]);
      }
    const repeated = [...byText.values()]
      .filter((keys) => keys.length > 1)
      .map((keys) => keys.sort().join(' = '));
    expect(repeated.sort()).toEqual(keyedByName.sort());
  });
});
