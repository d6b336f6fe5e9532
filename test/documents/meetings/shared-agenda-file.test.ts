import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  checkSharedAgendaSize,
  hasWordMacros,
  maxSharedAgendaBytes,
  readSharedAgendaFile,
} from '../../../src/documents/meetings/shared-agenda-file.ts';

async function aZip(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a file shared in chat', () => {
  it('is refused over 20 MB by the size reported, and passes at or under it', () => {
    expect(checkSharedAgendaSize(50 * 1024 * 1024)).toEqual({
      ok: false,
      code: 'agenda_file_too_large',
      params: { max: 20, size: 50 },
    });
    expect(checkSharedAgendaSize(maxSharedAgendaBytes).ok).toBe(true);
    expect(checkSharedAgendaSize(undefined).ok).toBe(true);
  });

  it('has macros when named .docm, or when its zip holds word/vbaProject.bin', async () => {
    const plain = await aZip({ 'word/document.xml': '<w:document/>' });
    const macros = await aZip({ 'word/document.xml': '<w:document/>', 'word/vbaProject.bin': 'x' });
    expect(hasWordMacros('dagsorden.docx', plain)).toBe(false);
    expect(hasWordMacros('dagsorden.docx', macros)).toBe(true);
    expect(hasWordMacros('Dagsorden.DOCM', plain)).toBe(true);
    expect(await readSharedAgendaFile('dagsorden.docx', macros)).toEqual({
      ok: false,
      code: 'agenda_file_with_macros',
    });
  });

  it('refuses pictures and spreadsheets as no agenda, and reads text as it is', async () => {
    expect(await readSharedAgendaFile('foto.png', new Uint8Array([0x89, 0x50, 0, 0]))).toEqual({
      ok: false,
      code: 'agenda_file_unknown_type',
      params: { name: 'foto.png' },
    });
    expect(
      await readSharedAgendaFile('budget.xlsx', await aZip({ 'xl/workbook.xml': '<x/>' })),
    ).toMatchObject({ ok: false, code: 'agenda_file_unknown_type' });
    expect(
      await readSharedAgendaFile('dagsorden.md', new TextEncoder().encode('# Dagsorden\n')),
    ).toEqual({ ok: true, value: { format: 'markdown', text: '# Dagsorden\n' } });
  });
});
