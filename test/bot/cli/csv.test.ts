import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, encodeCsv } from '../../../src/bot/cli/csv.ts';

describe('CSV for the secretariat’s spreadsheet', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Karen Kommune')).toBe('Karen Kommune');
    expect(csvField(3)).toBe('3');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes a field holding a separator, a comma, a quote or a line break', () => {
    expect(csvField('For; dog med forbehold')).toBe('"For; dog med forbehold"');
    expect(csvField('KL, suppleant')).toBe('"KL, suppleant"');
    expect(csvField('Han sagde "nej"')).toBe('"Han sagde ""nej"""');
    expect(csvField('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvField('linje 1\r\nlinje 2')).toBe('"linje 1\r\nlinje 2"');
  });

  it('keeps a reason that looks like a formula from being run by the spreadsheet', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+45 1234')).toBe("'+45 1234");
    expect(csvField('@sum')).toBe("'@sum");
  });

  it('writes UTF-8 with a byte order mark, ";" and CRLF, and reads back as written', () => {
    const rows = [
      ['Plads', 'Begrundelse'],
      ['Søren Sø', 'Æ, ø og å; "citat"\nny linje'],
    ];
    const text = encodeCsv(rows);
    expect(text.startsWith('\uFEFFPlads;Begrundelse\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text, { bom: true, delimiter: ';' })).toEqual(rows);
  });
});
