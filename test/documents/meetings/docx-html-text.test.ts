import { describe, expect, it } from 'vitest';
import { docxHtmlText } from '../../../src/documents/meetings/docx-html-text.ts';

/** mammoth's HTML of a Word document as the Markdown-like text the importer reads. */
describe("a Word document's HTML as text for the importer", () => {
  it('marks headings by level and bold as **, with a blank line between paragraphs', () => {
    expect(
      docxHtmlText(
        '<h1>0. TEMA: Unge</h1><h2>0.1.1 Praktik (B)</h2><p><strong>Beslutning</strong> Godkendt.</p>',
      ),
    ).toBe('# 0. TEMA: Unge\n\n## 0.1.1 Praktik (B)\n\n**Beslutning** Godkendt.\n');
  });

  it('keeps the lines of a paragraph broken by line breaks together, without blank lines', () => {
    expect(docxHtmlText('<p>første linje<br />anden linje</p><p>nyt afsnit</p>')).toBe(
      'første linje\nanden linje\n\nnyt afsnit\n',
    );
  });

  it('writes list items as bullets, nested ones indented, with no blank lines between them', () => {
    expect(
      docxHtmlText(
        '<ul><li>Holger Tjørneby</li><li>Maja Lyngsø<ul><li>bagland</li></ul></li></ul>',
      ),
    ).toBe('- Holger Tjørneby\n- Maja Lyngsø\n  - bagland\n');
  });

  it('writes a link as [title](link), and an address shown as itself once', () => {
    expect(
      docxHtmlText(
        '<ul><li><a href="https://example.org/a.pdf">Bilag 1.1.A – Notat</a></li><li><a href="https://example.org/b.pdf">https://example.org/b.pdf</a></li></ul>',
      ),
    ).toBe('- [Bilag 1.1.A – Notat](https://example.org/a.pdf)\n- https://example.org/b.pdf\n');
  });

  it("writes Word's table of contents as linked entries without their page numbers", () => {
    expect(
      docxHtmlText(
        '<p>Dagsordenspunkter</p><p><a href="#_Toc12">0.1.1 Praktik (B)\t3</a></p><p><a href="#_Toc13">1.1.1 Dagsorden (B)\t</a></p>',
      ),
    ).toBe('Dagsordenspunkter\n\n[0.1.1 Praktik (B)](#_Toc12)\n\n[1.1.1 Dagsorden (B)](#_Toc13)\n');
  });

  it('puts the cells of a table row side by side, a cell’s further paragraphs after', () => {
    expect(
      docxHtmlText(
        '<table><tr><td><p><strong>Beslutning</strong></p></td><td><p>Rådet tiltrådte.</p><p>Sekretariatet følger op.</p></td></tr><tr><td><p>Bilag</p></td><td><p>Ingen bilag til punktet.</p></td></tr></table><p>Mødet sluttede kl. 15.40</p>',
      ),
    ).toBe(
      '**Beslutning** Rådet tiltrådte.\nSekretariatet følger op.\nBilag Ingen bilag til punktet.\n\nMødet sluttede kl. 15.40\n',
    );
  });

  it('reads entities and keeps the spacing the document has', () => {
    expect(docxHtmlText('<p>For &amp; imod &lt;3&gt;:  &quot;ja&quot; &#248;&#x00E6;</p>')).toBe(
      'For & imod <3>:  "ja" øæ\n',
    );
  });
});
