import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../src/http/file-response.ts';

describe('the name a downloaded file is saved under', () => {
  it('is given in UTF-8 for browsers and spelt out in ASCII for the rest (RFC 6266)', () => {
    expect(contentDisposition('Referat Rådsmøde 2026-12-10.docx')).toBe(
      `attachment; filename="Referat Raadsmoede 2026-12-10.docx"; filename*=UTF-8''Referat%20R%C3%A5dsm%C3%B8de%202026-12-10.docx`,
    );
    expect(contentDisposition('Referat Café (ekstra) 2026-12-10.md')).toBe(
      `attachment; filename="Referat Cafe (ekstra) 2026-12-10.md"; filename*=UTF-8''Referat%20Caf%C3%A9%20%28ekstra%29%202026-12-10.md`,
    );
  });

  it('cannot name a folder, break out of the quotes or add a header, whatever the title', () => {
    expect(contentDisposition('../../etc/passwd "x"\r\nSet-Cookie: a=b.md')).toBe(
      `attachment; filename="file.. .. etc passwd x Set-Cookie a=b.md"; filename*=UTF-8''file..%20..%20etc%20passwd%20x%20Set-Cookie%20a%3Db.md`,
    );
    expect(contentDisposition('Halv \ud800 surrogat.md')).toContain(
      `filename*=UTF-8''Halv%20%EF%BF%BD%20surrogat.md`,
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\ud800', '\udfff'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
          maxLength: 250,
        }),
        (title) => {
          const header = contentDisposition(`${title}.docx`);
          const ascii =
            /^attachment; filename="([^"]*)"; filename\*=UTF-8''([A-Za-z0-9%._~!-]*)$/.exec(header);
          expect(ascii, header).not.toBeNull();
          expect(header).toMatch(/^[\x20-\x7e]+$/);
          expect(ascii?.[1]).not.toMatch(/[/\\]/);
        },
      ),
      { seed: 20261210, numRuns: 200 },
    );
  });
});
