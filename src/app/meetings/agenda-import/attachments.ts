import type { Attachment } from '../../../domain/meetings/agenda-item.ts';

/**
 * The Bilag field's lines as a list: each "Bilag 2.1.1 – Titel" begins an
 * attachment, a wrapped line continues it, and a link on its own line
 * belongs to the attachment above. "Ingen bilag til punktet." is no attachment.
 */
const startsAttachment = /^(?:[-•*]\s*)?Bilag\s+(\d{1,2}(?:\.\d{1,2})*(?:\.[A-Z])?)\b/u;
const bulleted = /^[-•*]\s*/;
const noAttachments = /^ingen\s+bilag\b/iu;
const link = /(https?:\/\/\S+)/;
/** "[Bilag 2.1.1 – Notat](https://…)": a Markdown link keeps its words as the title. */
const markdownLink = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/;

function withoutMarkdownLink(text: string): { text: string; url?: string } {
  const found = markdownLink.exec(text);
  if (found === null) return { text };
  return { text: text.replace(found[0], found[1]!), url: found[2]! };
}

export function readAttachments(lines: readonly string[]): Attachment[] {
  const attachments: { number?: string; title: string; link?: string }[] = [];
  for (const raw of lines) {
    const { text, url: linked } = withoutMarkdownLink(raw.trim());
    if (text === '') continue;
    if (noAttachments.test(text) && attachments.length === 0) continue;
    const url = linked ?? link.exec(text)?.[1];
    const last = attachments.at(-1);
    if (url !== undefined && url === text && last !== undefined && last.link === undefined) {
      last.link = url;
      continue;
    }
    const number = startsAttachment.exec(text)?.[1];
    if (number !== undefined || bulleted.test(text) || last === undefined) {
      attachments.push({
        ...(number === undefined ? {} : { number }),
        title: text.replace(bulleted, ''),
        ...(url === undefined ? {} : { link: url }),
      });
      continue;
    }
    last.title = `${last.title} ${text}`;
    if (url !== undefined && last.link === undefined) last.link = url;
  }
  return attachments;
}
