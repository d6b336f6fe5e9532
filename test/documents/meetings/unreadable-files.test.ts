import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaTextFromFile } from '../../../src/documents/meetings/agenda-text-from-file.ts';
import { laidOutPage, pdfWithText } from '../../support/pdf-fixture.ts';
import { asDocx, inventedMinutes } from './invented-papers.ts';

/**
 * A file that is not what it claims to be is an answer, never a crash:
 * damaged, cut short, empty, password-protected or scanned.
 */
const bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('a Word or PDF file that cannot be read', () => {
  it('says a PDF of garbage bytes cannot be read as PDF', async () => {
    expect(await agendaTextFromFile('pdf', bytes('%PDF-1.7\nnot a PDF at all\n%%EOF'))).toEqual({
      ok: false,
      code: 'agenda_file_unreadable',
      params: { format: 'pdf' },
    });
  });

  it('says a Word file cut short cannot be read as Word', async () => {
    const whole = await asDocx(inventedMinutes);
    expect(await agendaTextFromFile('docx', whole.subarray(0, whole.length / 2))).toEqual({
      ok: false,
      code: 'agenda_file_unreadable',
      params: { format: 'docx' },
    });
  });

  it('says an empty file is empty, whatever its name claims', async () => {
    for (const format of ['docx', 'pdf'] as const)
      expect(await agendaTextFromFile(format, new Uint8Array())).toEqual({
        ok: false,
        code: 'agenda_text_empty',
        field: 'text',
      });
  });

  it('says a password-protected PDF, and an encrypted or old-format Word file, need saving again', async () => {
    const locked = pdfWithText([laidOutPage(['Referat af Rådsmøde'])], { passwordProtected: true });
    expect(await agendaTextFromFile('pdf', locked)).toEqual({
      ok: false,
      code: 'agenda_file_encrypted',
      params: { format: 'pdf' },
    });
    const compoundFile = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await agendaTextFromFile('docx', compoundFile)).toEqual({
      ok: false,
      code: 'agenda_file_encrypted',
      params: { format: 'docx' },
    });
  });

  it('says a PDF with pages but no text (a scan) has no text to import', async () => {
    expect(await agendaTextFromFile('pdf', pdfWithText([[], []]))).toEqual({
      ok: false,
      code: 'agenda_file_without_text',
      params: { format: 'pdf' },
    });
  });
});

describe('random bytes behind a PDF or Word signature', () => {
  const anyAnswer = { ok: expect.any(Boolean) };

  it('never crash the PDF reader', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (rest) => {
        const file = new Uint8Array([...bytes('%PDF-'), ...rest]);
        expect(await agendaTextFromFile('pdf', file)).toMatchObject(anyAnswer);
      }),
      { numRuns: 40 },
    );
  });

  it('never crash the Word reader', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (rest) => {
        const file = new Uint8Array([...bytes('PK\x03\x04'), ...rest]);
        expect(await agendaTextFromFile('docx', file)).toMatchObject(anyAnswer);
      }),
      { numRuns: 40 },
    );
  });

  it('never crash either reader on a real file with bytes flipped', async () => {
    const word = await asDocx(inventedMinutes);
    const pdf = pdfWithText([laidOutPage(['0. TEMA: Unge', '1.1.1 Godkendelse af dagsorden (B)'])]);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(['docx', word] as const, ['pdf', pdf] as const),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async ([format, original], flips) => {
          const file = Uint8Array.from(original);
          for (const [at, value] of flips) file[at % file.length] = value;
          expect(await agendaTextFromFile(format, file)).toMatchObject(anyAnswer);
        },
      ),
      { numRuns: 40 },
    );
  });
});
