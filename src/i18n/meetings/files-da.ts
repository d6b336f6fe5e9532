import type { Params } from '../messages.ts';

/** Danish for reading Word and PDF files and writing the referat as Word. */
const formatName = (p: Params) => (p['format'] === 'pdf' ? 'PDF' : 'Word');

export const filesDa = {
  'error.agenda_file_unreadable': (p: Params) =>
    `Filen kan ikke læses som ${formatName(p)}: den er beskadiget, afkortet eller ikke et ${formatName(p)}-dokument. Åbn den i ${p['format'] === 'pdf' ? 'en PDF-læser' : 'Word'}, gem den igen, og prøv igen. Intet er gemt.`,
  'error.agenda_file_encrypted': (p: Params) =>
    p['format'] === 'pdf'
      ? 'PDF-filen er beskyttet med adgangskode. Gem en kopi uden adgangskode, og prøv igen. Intet er gemt.'
      : 'Word-filen er beskyttet med adgangskode eller gemt i det gamle .doc-format. Gem den som .docx uden adgangskode, og prøv igen. Intet er gemt.',
  'error.agenda_file_without_text':
    'PDF-filen har ingen tekst, kun billeder af siderne (den er scannet). Brug det oprindelige dokument, eller kør tekstgenkendelse (OCR) på filen, og prøv igen. Intet er gemt.',
  'cli.meeting.minutes.docx_needs_out':
    'Word-referatet er en fil, ikke tekst til skærmen: angiv, hvor det skal gemmes, med --out FIL.docx.',
} as const;
