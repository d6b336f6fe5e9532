import { describe, expect, it } from 'vitest';
import {
  opsamlingHearingText,
  opsamlingText,
} from '../../../../src/bot/present/discussions/opsamling-text.ts';
import { aSummary, compiledView } from './discussion-fixtures.ts';

describe('the opsamling', () => {
  it('is grouped by topic, then group, then question and answer, with notes and missing groups named', () => {
    expect(opsamlingText(compiledView(), 'da')).toBe(
      [
        '## Opsamling fra gruppedrøftelser: Fremtidens kompetencer',
        '',
        '### Emne A: Grøn omstilling',
        '',
        '#### Gruppe A1',
        '_Asta Kragsmark (DA), Cille Mosevang (KL)_',
        '_Ordstyrer: Asta Kragsmark · Referent: Cille Mosevang_',
        '',
        '**1. Hvilke kompetencer mangler?**',
        'Tekniske faglærte.',
        '',
        '**2. Hvem skal uddanne dem?**',
        'Erhvervsskolerne.',
        '',
        '**Noter:**',
        'Vi talte også om voksenlærlinge.',
        '',
        '#### Gruppe A2',
        '_Bjarke Lyngholt (FH), Edel Ovesholm (DA)_',
        '_Ordstyrer: Edel Ovesholm · Referent: Bjarke Lyngholt_',
        '',
        'Gruppe A2 har ikke afleveret en opsamling.',
        '',
        '### Emne B: Digitalisering',
        '',
        '#### Gruppe B1',
        '_Dines Nørrekær (DH), Folmer Pilegård (FH)_',
        '_Ordstyrer: Folmer Pilegård · Referent: Dines Nørrekær_',
        '',
        '**1. Hvad ændrer sig mest?**',
        'Sagsbehandlingen.',
        '',
        'Mangler opsamling: Gruppe A2.',
      ].join('\n'),
    );
  });

  it('shows a late summary edited before the due time, and no longer names its group missing', () => {
    const view = compiledView({
      summaries: [aSummary('A1'), aSummary('A2', { answers: ['Sent svar.', ''] }), aSummary('B1')],
    });
    const text = opsamlingText(view, 'en');
    expect(text).toContain('Sent svar.');
    expect(text).toContain('(no answer)');
    expect(text).not.toContain('Summary missing');
  });

  it('is cut for the comments hearing with a note where the whole one is, never longer than asked', () => {
    const long = 'Et langt svar. '.repeat(400);
    const view = compiledView({ summaries: [aSummary('A1', { answers: [long, long] })] });
    const text = opsamlingHearingText(view, 'da', 2500);
    expect([...text].length).toBeLessThanOrEqual(2500);
    expect(text.endsWith('Hele opsamlingen står i kanalen og i referatet.')).toBe(true);
    expect(opsamlingHearingText(compiledView(), 'da')).toBe(opsamlingText(compiledView(), 'da'));
  });
});
