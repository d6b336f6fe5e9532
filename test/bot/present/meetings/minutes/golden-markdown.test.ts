import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minutesMarkdown } from '../../../../../src/bot/present/meetings/minutes/minutes-markdown.ts';
import { inventedMeeting } from './invented-meeting.ts';

/**
 * The referat's Markdown, compared exactly with the files in __golden__/.
 * A change to them is a change to what councils receive: when it is meant,
 * regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run test/bot/present/meetings/minutes/golden-markdown.test.ts
 * and read the diff before committing it.
 */
const goldenPath = (name: string) =>
  fileURLToPath(new URL(`./__golden__/${name}`, import.meta.url));

function expectGolden(name: string, actual: string): void {
  const path = goldenPath(name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, actual);
  if (!existsSync(path))
    throw new Error(
      `${name} is missing; create it with UPDATE_GOLDEN=1 (see this file's comment).`,
    );
  expect(actual, `differs from __golden__/${name}; if meant, regenerate with UPDATE_GOLDEN=1`).toBe(
    readFileSync(path, 'utf8'),
  );
}

describe('the referat as Markdown (golden files)', () => {
  it('prints the Danish referat of an invented meeting exactly as before', () => {
    expectGolden('referat-da.md', minutesMarkdown(inventedMeeting));
  });

  it('prints the English referat with the words of the English catalog', () => {
    expectGolden('referat-en.md', minutesMarkdown(inventedMeeting, 'en'));
  });

  it('prints a meeting the minutes say little about: no header facts, no items, no attendance', () => {
    expectGolden(
      'referat-empty-da.md',
      minutesMarkdown({ meeting: {}, items: [], attendance: [] }),
    );
  });
});
