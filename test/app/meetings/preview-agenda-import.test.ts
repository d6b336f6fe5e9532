import { describe, expect, it } from 'vitest';
import { createMeetingUseCases } from '../../../src/app/meetings/meeting-use-cases.ts';
import { previewAgendaImport } from '../../../src/app/meetings/preview-agenda-import.ts';
import type { AppDeps } from '../../../src/app/deps.ts';
import { fixture } from './fixture-files.ts';

describe('previewing the import of an agenda or minutes', () => {
  it('reads text and Markdown, storing nothing', async () => {
    // No ports: the preview cannot store anything.
    const useCases = createMeetingUseCases({} as AppDeps, {
      locale: 'da',
      timeZone: 'Europe/Copenhagen',
    });
    const previewed = await useCases.previewAgendaImport({
      format: 'markdown',
      text: fixture('markdown-dagsorden.md'),
    });
    expect(previewed.ok && previewed.value.items.map((item) => item.number.join('.'))).toEqual([
      '0.1.1',
      '0.1.2',
      '1.1.1',
    ]);
  });

  it('reads the text a surface took out of a Word or PDF file as it reads any text', () => {
    const markdown = fixture('markdown-dagsorden.md');
    const asText = previewAgendaImport({ format: 'markdown', text: markdown });
    expect(previewAgendaImport({ format: 'docx', text: markdown })).toEqual(asText);
    expect(previewAgendaImport({ format: 'pdf', text: markdown })).toEqual(asText);
  });

  it('refuses a Word or PDF file that gave no text', () => {
    expect(previewAgendaImport({ format: 'docx', text: '' })).toEqual({
      ok: false,
      code: 'agenda_text_empty',
      field: 'text',
    });
  });

  it('refuses an empty text and a format it does not know', () => {
    expect(previewAgendaImport({ format: 'text', text: ' \n ' })).toEqual({
      ok: false,
      code: 'agenda_text_empty',
      field: 'text',
    });
    expect(previewAgendaImport({ format: 'odt' as 'text', text: 'x' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
      field: 'format',
    });
  });
});
