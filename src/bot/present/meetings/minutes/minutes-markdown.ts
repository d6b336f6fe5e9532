import type { Locale } from '../../../../domain/council/council.ts';
import { attendanceLines } from './minutes-attendance.ts';
import { contentsLines } from './minutes-contents.ts';
import { endedLines, headerLines } from './minutes-header.ts';
import { headingsOf } from './item-headings.ts';
import { itemFieldLines } from './item-fields.ts';
import { itemGroupDiscussionLines } from './group-discussion-lines.ts';
import type { MinutesSource } from './minutes-source.ts';

/**
 * The referat as Markdown, in the samples' layout and words: the header, the
 * table of contents, each item with its fields, "Mødet sluttede kl. …" and
 * "På mødet deltog:". Danish by default. Importing the Danish referat again
 * gives the same items, decisions and attendance (the round-trip test).
 */
export function minutesMarkdown(minutes: MinutesSource, locale: Locale = 'da'): string {
  const headings = headingsOf(locale, minutes.items);
  const body = headings.flatMap((heading) =>
    heading.kind === 'theme'
      ? [`## ${heading.text}`, '']
      : [
          `${heading.item.number.length === 1 ? '##' : '###'} ${heading.text}`,
          '',
          ...itemFieldLines(locale, heading.item),
          ...itemGroupDiscussionLines(locale, minutes, heading.item),
        ],
  );
  const lines = [
    ...headerLines(locale, minutes),
    ...(headings.length === 0 ? [] : [...contentsLines(locale, headings), '']),
    ...body,
    ...endedLines(locale, minutes),
    ...attendanceLines(locale, minutes.attendance),
  ];
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
