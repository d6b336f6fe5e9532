import { describe, expect, it } from 'vitest';
import { agendaFileFormat } from '../../../../src/bot/cli/meetings/agenda-file-format.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe("an agenda file's format", () => {
  it('follows the extension', () => {
    expect(agendaFileFormat('referat.TXT', bytes('x'))).toBe('text');
    expect(agendaFileFormat('dagsorden.md', bytes('x'))).toBe('markdown');
    expect(agendaFileFormat('referat.docx', bytes('x'))).toBe('docx');
    expect(agendaFileFormat('referat.pdf', bytes('x'))).toBe('pdf');
  });

  it('is sniffed from the first bytes when the name does not tell', () => {
    expect(agendaFileFormat('referat', bytes('%PDF-1.7'))).toBe('pdf');
    expect(agendaFileFormat('referat', bytes('PK\x03\x04...'))).toBe('docx');
    expect(agendaFileFormat('dagsorden', bytes('# Rådsmøde\n\n## 1. Orientering'))).toBe(
      'markdown',
    );
    expect(agendaFileFormat('dagsorden', bytes('- **Indstilling:** at …'))).toBe('markdown');
    expect(agendaFileFormat('referat', bytes('Referat af Rådsmøde\n- 1.1.1 Punkt (B)'))).toBe(
      'text',
    );
  });

  it('sends an old Word document (.doc) or a protected .docx to the Word reader, which says what to do', () => {
    const compoundFile = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(agendaFileFormat('referat.doc', compoundFile)).toBe('docx');
    expect(agendaFileFormat('referat', compoundFile)).toBe('docx');
  });

  it('is unknown for another binary file', () => {
    expect(agendaFileFormat('billede.png', new Uint8Array([0x89, 0x50, 0, 1]))).toBeUndefined();
  });
});
