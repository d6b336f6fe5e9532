import { escapeMrkdwn } from '../blocks/slack-limits.ts';

/** A web address Slack's mrkdwn can link safely: http(s), and nothing that would end the link early. */
const linkable = /^https?:\/\/[^\s<>|]+$/i;

/** "<url|title>" when the address is linkable; else the title (and the address) as plain, escaped text. */
export function mrkdwnLink(title: string, url: string | undefined): string {
  if (url === undefined || !linkable.test(url)) return escapeMrkdwn(title);
  return `<${url}|${escapeMrkdwn(title).replace(/\|/g, '¦')}>`;
}

/**
 * Lines joined into chunks of at most `max` characters (a section's text):
 * a line longer than a chunk is cut on its own with "…".
 */
export function chunkLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = [...raw].length > max ? `${[...raw].slice(0, max - 1).join('')}…` : raw;
    const joined = current === '' ? line : `${current}\n${line}`;
    if ([...joined].length <= max) current = joined;
    else {
      chunks.push(current);
      current = line;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
