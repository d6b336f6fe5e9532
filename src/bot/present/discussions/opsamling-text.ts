import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import {
  groupName,
  missingGroupKeys,
  participantText,
  rolesLine,
  topicText,
} from './discussion-texts.ts';
import { groupPicture, groupsOf } from './group-pictures.ts';

/** One line of Markdown text, whitespace kept (answers may have several lines). */
const block = (text: string): string => text.trim();

/**
 * "Opsamling fra gruppedrøftelser" as Markdown, grouped by topic, then group,
 * then question and answer, and each group's notes; a group that has not
 * submitted is named where it would stand and once more at the end. The
 * same text is posted in the channel, printed in the referat and offered
 * for the comments hearing.
 */
export function opsamlingText(view: DiscussionView, locale: Locale): string {
  const lines: string[] = [
    `## ${t(locale, 'discussion.present.opsamling.heading')}: ${view.discussion.title}`,
  ];
  const groups = groupsOf(view);
  for (const topic of view.discussion.topics) {
    const ofTopic = groups.filter((group) => group.topic === topic.key);
    if (ofTopic.length === 0) continue;
    lines.push('', `### ${topicText(locale, topic)}`);
    for (const group of ofTopic) {
      const picture = groupPicture(view, group.key);
      if (picture === undefined) continue;
      lines.push('', `#### ${groupName(locale, group.key)}`);
      lines.push(
        `_${picture.members.map((member) => participantText(locale, member)).join(', ')}_`,
        `_${rolesLine(view, locale, group)}_`,
      );
      const { summary } = picture;
      if (summary === undefined) {
        lines.push('', t(locale, 'discussion.present.opsamling.group_missing', { key: group.key }));
        continue;
      }
      topic.questions.forEach((question, index) => {
        const answer = block(summary.answers[index] ?? '');
        lines.push(
          '',
          `**${index + 1}. ${question}**`,
          answer === '' ? t(locale, 'discussion.present.opsamling.answer_missing') : answer,
        );
      });
      const notes = block(summary.notes);
      if (notes !== '')
        lines.push('', `**${t(locale, 'discussion.present.opsamling.notes')}:**`, notes);
    }
  }
  const missing = missingGroupKeys(view);
  if (missing.length > 0)
    lines.push(
      '',
      t(locale, 'discussion.present.opsamling.missing', {
        groups: missing.map((key) => groupName(locale, key)).join(', '),
      }),
    );
  return lines.join('\n');
}

/**
 * The opsamling as the comments hearing's text: the same, cut to `max`
 * characters at a line where it must be, with a note that says where the
 * whole one is. Never longer than `max`.
 */
export function opsamlingHearingText(view: DiscussionView, locale: Locale, max = 2500): string {
  const whole = opsamlingText(view, locale);
  if ([...whole].length <= max) return whole;
  const note = `\n\n… ${t(locale, 'discussion.present.opsamling.cut')}`;
  const room = Math.max(0, max - [...note].length);
  const chars = [...whole].slice(0, room);
  const cutAt = chars.lastIndexOf('\n');
  // Cut at the last whole line when there is one in the latter half; else mid-line.
  const kept = cutAt > room / 2 ? chars.slice(0, cutAt) : chars;
  return `${kept.join('').trimEnd()}${note}`.slice(0, max);
}
