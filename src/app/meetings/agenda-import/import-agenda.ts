import {
  compareAgendaNumbers,
  formatAgendaNumber,
  isUnder,
  type AgendaNumber,
} from '../../../domain/meetings/agenda-number.ts';
import { attendanceStart, readAttendance } from './attendance-section.ts';
import { findTimeSpan } from './danish-dates.ts';
import {
  readItemHeading,
  readThemeHeading,
  type ItemHeading,
  type ThemeHeading,
} from './headings.ts';
import { joinBrokenWords } from './hyphenation.ts';
import type { ImportedMinutes, UnplacedLine } from './imported-minutes.ts';
import { ItemDraft } from './item-draft.ts';
import { readLabel } from './labels.ts';
import { readHeaderLine, type HeaderFacts } from './meeting-header.ts';
import { meetingOf } from './meeting-of-header.ts';
import { uncheckedContents } from './contents-check.ts';
import { withoutPageFurniture } from './page-furniture.ts';
import { isBlank, sourceLines, type SourceLine } from './source-lines.ts';
import {
  isContentsHeading,
  joinWrappedEntries,
  readContentsEntry,
  type ContentsEntry,
} from './table-of-contents.ts';

/**
 * Reads an agenda or minutes from plain text or Markdown (also text a PDF
 * gave) into the meeting, its items, the attendance, and every line it could
 * not place. Pure, and total: any text gives an answer.
 */
const meetingEnded =
  /^\s*Mødet\s+(?:sluttede|slutter|afsluttedes|blev\s+afsluttet|hævedes)\s*(?:kl\.?)?\s*(\d{1,2}[.:]\d{2})?/iu;
const kindMarkAtEnd = /\(([^()]{1,30})\)\s*\.?\s*$/;

/** An item heading needs more than a number: a kind mark, a bullet, emphasis or a TEMA. */
const looksLikeItem = (heading: ItemHeading, line: SourceLine) =>
  heading.hasKindMark || heading.bulleted || line.marked || /^TEMA\b/iu.test(heading.title);

/** For each line, whether the next line with text is a field label. */
function labelsBelow(lines: readonly SourceLine[]): boolean[] {
  const below = new Array<boolean>(lines.length).fill(false);
  let nextIsLabel = false;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    below[index] = nextIsLabel;
    if (!isBlank(lines[index]!)) nextIsLabel = readLabel(lines[index]!.text) !== undefined;
  }
  return below;
}

/** For each line, the first part of the next item heading below it. */
function nextItemThemes(lines: readonly SourceLine[], labelBelow: readonly boolean[]) {
  const next = new Array<number | undefined>(lines.length).fill(undefined);
  let below: number | undefined;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    next[index] = below;
    const heading = readItemHeading(lines[index]!.text);
    if (heading !== undefined && (looksLikeItem(heading, lines[index]!) || labelBelow[index]))
      below = heading.number[0];
  }
  return next;
}

export function importAgenda(text: string): ImportedMinutes {
  const { lines: withoutFurniture, pageHeader } = withoutPageFurniture(sourceLines(text));
  const lines = joinWrappedEntries(joinBrokenWords(withoutFurniture));
  const labelBelow = labelsBelow(lines);
  const nextTheme = nextItemThemes(lines, labelBelow);
  const facts: HeaderFacts = {};
  const contents: ContentsEntry[] = [];
  const unplaced: UnplacedLine[] = [];
  const attendanceLines: SourceLine[] = [];
  const drafts: ItemDraft[] = [];
  const themeNumbers = new Set<number>();
  let phase: 'front' | 'body' | 'ended' | 'attendance' = 'front';
  let inContents = false;
  let theme: ThemeHeading | undefined;
  let current: ItemDraft | undefined;
  let lastNumber: AgendaNumber | undefined;
  let endedAt: string | undefined;

  const report = (line: SourceLine) => unplaced.push({ line: line.line, text: line.text.trim() });
  const nextLabelAfter = (index: number) => labelBelow[index] === true;
  const themeOf = (number: AgendaNumber): string | undefined => {
    const temaItem = [...drafts, ...(current ? [current] : [])]
      .reverse()
      .find(
        (draft) =>
          /^TEMA\b/iu.test(draft.title) && draft.number.length > 1 && isUnder(number, draft.number),
      );
    if (temaItem !== undefined) return temaItem.heading;
    return theme !== undefined && number[0] === theme.number ? theme.text : undefined;
  };
  const close = () => {
    // A theme heading becomes an item only when it has fields of its own ("4. Borgere på kanten" with an Anledning).
    if (current !== undefined && (current.number.length > 1 || current.hasFields))
      drafts.push(current);
    current = undefined;
  };
  const openItem = (heading: ItemHeading) => {
    close();
    current = new ItemDraft(heading.number, heading.text, heading, themeOf(heading.number));
    lastNumber = heading.number;
    phase = 'body';
  };
  const acceptsItem = (heading: ItemHeading, line: SourceLine, index: number) =>
    (lastNumber === undefined || compareAgendaNumbers(heading.number, lastNumber) > 0) &&
    (theme === undefined || heading.number[0]! >= theme.number) &&
    (looksLikeItem(heading, line) || nextLabelAfter(index));
  const acceptsTheme = (
    heading: ThemeHeading,
    together: ItemHeading | undefined,
    line: SourceLine,
    index: number,
  ) =>
    (lastNumber === undefined || heading.number > lastNumber[0]!) &&
    (together !== undefined ||
      (heading.runTogether === undefined &&
        (nextTheme[index] === heading.number ||
          ((line.marked || heading.hasKindMark) && nextLabelAfter(index)))));

  lines.forEach((line, index) => {
    if (isBlank(line)) return;
    const text = line.text;
    if (phase === 'attendance') return void attendanceLines.push(line);
    if (attendanceStart.test(text)) {
      close();
      phase = 'attendance';
      return;
    }
    const ended = meetingEnded.exec(text);
    if (ended) {
      close();
      const time = findTimeSpan(`kl. ${ended[1] ?? ''}`).from;
      if (time !== undefined) endedAt = time;
      else report(line);
      phase = 'ended';
      return;
    }
    if (phase === 'ended') return report(line);
    if (phase === 'front') {
      if (isContentsHeading(text) && !inContents) {
        inContents = true;
        return;
      }
      const entry = readContentsEntry(line, inContents);
      if (entry !== undefined) return void contents.push(entry);
      inContents = false;
    }
    const themeHeading = readThemeHeading(text);
    // An item heading run together with the theme's line opens right after the theme.
    const together =
      themeHeading?.runTogether === undefined
        ? undefined
        : readItemHeading(themeHeading.runTogether);
    if (themeHeading !== undefined && acceptsTheme(themeHeading, together, line, index)) {
      close();
      theme = themeHeading;
      themeNumbers.add(themeHeading.number);
      current = new ItemDraft([themeHeading.number], themeHeading.text, themeHeading, undefined);
      lastNumber = [themeHeading.number];
      phase = 'body';
      if (together !== undefined) openItem(together);
      return;
    }
    const itemHeading = readItemHeading(text);
    if (itemHeading !== undefined && acceptsItem(itemHeading, line, index))
      return openItem(itemHeading);
    if (phase === 'front' && readHeaderLine(text, facts)) return;
    const label = readLabel(text);
    if (label !== undefined && current?.accepts(label.field, label.runIn && !line.marked)) {
      current.begin(label.field, label.label, label.rest);
      return;
    }
    if (current?.add(text)) return;
    // A heading that wrapped: its kind mark ends the next line.
    if (current !== undefined && !current.hasKindMark && kindMarkAtEnd.test(text)) {
      const continued = readItemHeading(
        `${formatAgendaNumber(current.number)}.1 ${current.title} ${text.trim()}`,
      );
      if (continued?.hasKindMark) {
        current.title = continued.title;
        current.kinds = continued.kinds;
        current.presentation = continued.presentation;
        current.hasKindMark = true;
        return;
      }
    }
    report(line);
  });
  close();

  const items = drafts.map((draft) => draft.build());
  const attendance = readAttendance(attendanceLines);
  unplaced.push(
    ...attendance.unplaced,
    ...uncheckedContents(
      contents,
      items.map((item) => item.number),
      themeNumbers,
    ),
  );

  if (pageHeader !== undefined) readHeaderLine(pageHeader, facts);
  return {
    meeting: meetingOf(facts, endedAt),
    items,
    attendance: attendance.attendance,
    unplaced: unplaced.sort((a, b) => a.line - b.line),
  };
}
