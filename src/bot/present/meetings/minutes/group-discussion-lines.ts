import type { Locale } from '../../../../domain/council/council.ts';
import type { AgendaItem } from '../../../../domain/meetings/agenda-item.ts';
import { formatAgendaNumber } from '../../../../domain/meetings/agenda-number.ts';
import type { ItemGroupDiscussion } from '../../../../domain/meetings/item-group-discussion.ts';
import { t } from '../../../../i18n/meetings/index.ts';
import type { MinutesSource } from './minutes-source.ts';

/** Text as the referat keeps it: its own lines, no blank lines inside (they would end the block). */
const textLines = (text: string): string[] =>
  text
    .trim()
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');

/** "**Label** first line" and the text's further lines, as the item's fields print. */
function labelled(label: string, text: string): string[] {
  const [first, ...rest] = textLines(text);
  return first === undefined ? [`**${label}**`] : [`**${label}** ${first}`, ...rest];
}

/**
 * "Opsamling fra gruppedrøftelser" under the item it was held on, in the
 * referat's Markdown forms (the Word referat reads the same lines): each
 * topic, each of its groups with one bold question per answer and the
 * group's notes, a group that submitted nothing named as such, and the
 * groups without a summary at the end.
 */
export function groupDiscussionLines(locale: Locale, discussion: ItemGroupDiscussion): string[] {
  const lines = [
    `**${t(locale, 'meeting.minutes.group_discussion.heading', { title: discussion.title })}**`,
    '',
  ];
  for (const topic of discussion.topics) {
    if (topic.groups.length === 0) continue;
    lines.push(
      `**${t(locale, 'meeting.minutes.group_discussion.topic', { key: topic.key, title: topic.title })}**`,
      '',
    );
    for (const group of topic.groups) {
      const heading = t(locale, 'meeting.minutes.group_discussion.group', {
        key: group.key,
        submitted: group.submitted ? 'yes' : 'no',
      });
      if (!group.submitted) {
        lines.push(heading, '');
        continue;
      }
      lines.push(`**${heading}**`);
      topic.questions.forEach((question, index) => {
        const answer = group.answers[index] ?? '';
        lines.push(
          ...labelled(
            `${index + 1}. ${question}`,
            answer.trim() === '' ? t(locale, 'meeting.minutes.group_discussion.no_answer') : answer,
          ),
        );
      });
      if (group.notes.trim() !== '')
        lines.push(...labelled(t(locale, 'meeting.minutes.group_discussion.notes'), group.notes));
      lines.push('');
    }
  }
  if (discussion.missingGroups.length > 0)
    lines.push(
      t(locale, 'meeting.minutes.group_discussion.missing', {
        groups: discussion.missingGroups.join(', '),
      }),
      '',
    );
  return lines;
}

/** The item's opsamling lines, when a group discussion was held on it; else none. */
export function itemGroupDiscussionLines(
  locale: Locale,
  minutes: Pick<MinutesSource, 'groupDiscussions'>,
  item: Pick<AgendaItem, 'number'>,
): string[] {
  const discussion = minutes.groupDiscussions?.[formatAgendaNumber(item.number)];
  return discussion === undefined ? [] : groupDiscussionLines(locale, discussion);
}
