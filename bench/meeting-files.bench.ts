// Meeting files benchmark: importing 1 MB of minutes as text (one long agenda), and the referat
// of a 40-item meeting as Word (.docx) beside the same referat as Markdown;
// then reading that .docx and a 20-page PDF back as the import does. Pure
// CPU in this process, no Redis. Each round runs every case once, in turn, so
// a machine that slows down during the run slows every case alike. The first
// run of each case (which loads docx, mammoth or pdf.js) is shown apart.
// Knobs: BENCH_FILES_ROUNDS (15), BENCH_FILES_IMPORT_KB (1024).
import { performance } from 'node:perf_hooks';
import { importAgenda } from '../src/app/meetings/agenda-import/import-agenda.ts';
import { minutesMarkdown } from '../src/bot/present/meetings/minutes/minutes-markdown.ts';
import type { MinutesSource } from '../src/bot/present/meetings/minutes/minutes-source.ts';
import { agendaTextFromDocx } from '../src/documents/meetings/agenda-text-from-docx.ts';
import { agendaTextFromPdf } from '../src/documents/meetings/agenda-text-from-pdf.ts';
import { minutesDocx } from '../src/documents/meetings/minutes-docx.ts';
import type { AgendaItem } from '../src/domain/meetings/agenda-item.ts';
import { laidOutPage, pdfWithText, type LaidOutLine } from '../test/support/pdf-fixture.ts';
import {
  envInt,
  fmt,
  heading,
  percentile,
  printTable,
  progress,
  sortedCopy,
} from './lib/bench-kit.ts';

const rounds = envInt('BENCH_FILES_ROUNDS', 15);
const importKb = envInt('BENCH_FILES_IMPORT_KB', 1024);

/** Invented sentences in the minutes' style; no names from real minutes. */
const sentences = [
  'Rådet drøftede behovet for faglærte i regionen og bad om et forslag til næste møde.',
  'Sekretariatet har samlet tal fra jobcentrene, og ledigheden er faldet med 3 procent.',
  'Virksomhederne efterspørger svejsere, kranførere og social- og sundhedshjælpere.',
  'Formandskabet indstiller, at Rådet godkender indsatsen for resten af året.',
  'Indsatsen gennemføres i samarbejde med erhvervsskolerne og a-kasserne.',
];
const text = (count: number, offset: number) =>
  Array.from({ length: count }, (_, index) => sentences[(index + offset) % sentences.length]).join(
    '\n',
  );

/** A meeting of `themes` × `perTheme` items, each with every usual field and two attachments. */
function inventedMeeting(themes: number, perTheme: number): MinutesSource {
  const items: AgendaItem[] = [];
  for (let theme = 0; theme < themes; theme += 1)
    for (let index = 1; index <= perTheme; index += 1) {
      const number = [theme, index, 1];
      items.push({
        number,
        theme: `${theme}. TEMA: Område nummer ${theme}`,
        title: `Punkt ${number.join('.')} om beskæftigelse og uddannelse`,
        kinds: index % 3 === 0 ? ['O'] : index % 3 === 1 ? ['B'] : ['O', 'D'],
        presentation: false,
        presenters: [],
        fields: {
          sagenKort: { label: 'Sagen kort', text: text(2, index) },
          indstilling: text(2, index + 1),
          beslutning: text(3, index + 2),
          sagsfremstilling: text(8, index + 3),
          bilag: [
            { number: `${number.join('.')}.A`, title: `Bilag ${number.join('.')}.A – Notat` },
            {
              number: `${number.join('.')}.B`,
              title: `Bilag ${number.join('.')}.B – Analyse`,
              link: `https://example.org/bilag/${number.join('-')}.pdf`,
            },
          ],
          other: [],
        },
      } as AgendaItem);
    }
  const people = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) => ({ name: `${prefix} Deltager ${index + 1}` }));
  return {
    meeting: {
      council: 'RAR Engdalen',
      title: 'Rådsmøde',
      date: '2026-03-12',
      start: '2026-03-12T13:00',
      end: '2026-03-12T16:00',
      endedAt: '2026-03-12T15:55',
      place: 'Rådhuset, mødesal 1',
    },
    items,
    attendance: [
      { organisation: 'DA', people: people('Arbejdsgiver', 6) },
      { organisation: 'FH', people: people('Lønmodtager', 6) },
      { organisation: 'KL', people: people('Kommune', 4) },
      { organisation: 'sekretariatet', people: people('Sekretær', 3) },
    ],
  };
}

const forty = inventedMeeting(8, 5);

/**
 * The referat of one invented meeting with as many items as it takes to reach
 * `kb` kilobytes: one long agenda, as a big real referat is, not one referat
 * repeated (whose repeats would all land in the first one's attendance).
 */
function minutesText(kb: number): string {
  let perTheme = Math.ceil((kb * 1024) / Buffer.byteLength(minutesMarkdown(inventedMeeting(8, 1))));
  let text = minutesMarkdown(inventedMeeting(8, perTheme));
  while (Buffer.byteLength(text) < kb * 1024) {
    perTheme += 1;
    text = minutesMarkdown(inventedMeeting(8, perTheme));
  }
  return text;
}

/** A PDF of 20 pages of 45 lines: labels in the left column, a header and a page number on each. */
function twentyPagePdf(): Uint8Array {
  const pages = Array.from({ length: 20 }, (_, page) => {
    const lines: LaidOutLine[] = [`- ${page}.1.1 Punkt om beskæftigelse (B)`, ''];
    while (lines.length < 45)
      lines.push({
        label: lines.length % 9 === 2 ? 'Beslutning' : '',
        text: sentences[lines.length % sentences.length]!.slice(0, 70),
      });
    return laidOutPage(lines, { header: 'Referat af RAR Engdalens møde', pageNumber: page + 1 });
  });
  return pdfWithText(pages);
}

const importText = minutesText(importKb);
const pdf = twentyPagePdf();
const docxBytes = await minutesDocx(forty);

interface Case {
  readonly name: string;
  readonly run: () => Promise<unknown> | unknown;
}

const cases: readonly Case[] = [
  {
    name: `import of ${fmt(Buffer.byteLength(importText) / 1024 / 1024, 2)} MB of text (${fmt(importText.split('\n').length)} lines)`,
    run: () => importAgenda(importText),
  },
  {
    name: `referat of a 40-item meeting as Markdown (${fmt(minutesMarkdown(forty).length / 1024)} kB)`,
    run: () => minutesMarkdown(forty),
  },
  {
    name: `referat of a 40-item meeting as .docx (${fmt(docxBytes.length / 1024)} kB)`,
    run: () => minutesDocx(forty),
  },
  {
    name: 'reading that .docx back (mammoth) and importing its text',
    run: async () => {
      const text = await agendaTextFromDocx(docxBytes);
      if (!text.ok) throw new Error(text.code);
      return importAgenda(text.value);
    },
  },
  {
    name: `reading a 20-page PDF (pdf.js, ${fmt(pdf.length / 1024)} kB) and importing its text`,
    run: async () => {
      const text = await agendaTextFromPdf(pdf);
      if (!text.ok) throw new Error(text.code);
      return importAgenda(text.value);
    },
  },
];

const time = async (run: Case['run']): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

const first = new Map<string, number>();
for (const one of cases) first.set(one.name, await time(one.run));

const samples = new Map<string, number[]>(cases.map((one) => [one.name, []]));
for (let round = 1; round <= rounds; round += 1) {
  progress(`round ${round}/${rounds}`);
  for (const one of cases) samples.get(one.name)!.push(await time(one.run));
}

heading(
  `Meeting files: import and referat (${rounds} rounds after a first run, ${new Date().toISOString()})`,
);
const docxMedian = percentile(sortedCopy(samples.get(cases[2]!.name)!), 50);
printTable(
  ['case', 'first run ms', 'median ms', 'p90 ms', 'min–max ms', 'ratio to the .docx referat'],
  cases.map((one) => {
    const sorted = sortedCopy(samples.get(one.name)!);
    const median = percentile(sorted, 50);
    return [
      one.name,
      fmt(first.get(one.name)!),
      fmt(median),
      fmt(percentile(sorted, 90)),
      `${fmt(sorted[0]!)}–${fmt(sorted[sorted.length - 1]!)}`,
      fmt(median / docxMedian, 2),
    ];
  }),
);
