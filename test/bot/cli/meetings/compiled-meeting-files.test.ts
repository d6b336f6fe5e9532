import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCompiledCli, compiledCli } from '../../../support/compiled-cli.ts';
import {
  asDocx,
  asPdf,
  asText,
  inventedMinutes,
} from '../../../documents/meetings/invented-papers.ts';

/**
 * Word and PDF in the compiled command line (`npm run cli`): the bundle
 * loads mammoth, pdf.js and docx when a command needs them, and they work
 * there as they do through tsx.
 */
let dir: string;
beforeAll(async () => {
  await buildCompiledCli();
  dir = await mkdtemp(join(tmpdir(), 'raadsbot-compiled-files-'));
  await writeFile(join(dir, 'referat.txt'), asText(inventedMinutes));
  await writeFile(join(dir, 'referat.docx'), await asDocx(inventedMinutes));
  await writeFile(join(dir, 'referat.pdf'), asPdf(inventedMinutes, { linesPerPage: 24 }));
}, 60_000);

describe('the compiled command line with Word and PDF files', () => {
  it('imports a .docx and a .pdf as the same minutes saved as text', async () => {
    const fromText = await compiledCli(
      'meeting',
      'import',
      join(dir, 'referat.txt'),
      '--dry-run',
      '--json',
    );
    expect(fromText.code).toBe(0);
    for (const name of ['referat.docx', 'referat.pdf']) {
      const answer = await compiledCli('meeting', 'import', join(dir, name), '--dry-run', '--json');
      expect(answer).toEqual({ code: 0, err: '', out: fromText.out });
    }
  });

  it('writes the referat of a PDF as a .docx that Word readers open', async () => {
    const out = join(dir, 'ud.docx');
    const answer = await compiledCli(
      'meeting',
      'minutes',
      join(dir, 'referat.pdf'),
      '--format',
      'docx',
      '--out',
      out,
    );
    expect(answer).toEqual({ code: 0, err: '', out: `Referatet er skrevet til ${out}.\n` });
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) });
    expect(value).toContain('1.2.1 Opfølgning på sidste møde (B)');
  });
});
