import type { EditedDiscussion } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { EditableField } from '../../../domain/discussions/discussion-edits.ts';
import { t, type MessageKey } from '../../../i18n/discussions/index.ts';

/** How each changed field is named; the window's two ends are one thing to the reader. */
const fieldNames: Readonly<Record<EditableField, MessageKey>> = {
  title: 'discussion.edit.field.title',
  topics: 'discussion.edit.field.topics',
  sizing: 'discussion.edit.field.sizing',
  signUpDeadline: 'discussion.edit.field.signUpDeadline',
  windowStart: 'discussion.edit.field.window',
  windowEnd: 'discussion.edit.field.window',
  summariesDue: 'discussion.edit.field.summariesDue',
  roomLinks: 'discussion.edit.field.roomLinks',
};

/**
 * What the secretary is told after "Ret opsætning", the same in every chat
 * and on the command line: what changed, and what followed from it (the
 * groups formed again, the members told again, the reminders moved).
 */
export function editOutcomeLines(locale: Locale, edited: EditedDiscussion): string[] {
  if (edited.changed.length === 0) return [t(locale, 'discussion.edit.nothing_changed')];
  const names = [...new Set(edited.changed.map((field) => t(locale, fieldNames[field])))];
  const timed = edited.changed.some((field) =>
    ['signUpDeadline', 'windowEnd', 'summariesDue'].includes(field),
  );
  return [
    t(locale, 'discussion.edit.done', { title: edited.discussion.title }),
    t(locale, 'discussion.edit.changed', { fields: names.join(', ') }),
    ...(edited.regrouped ? [t(locale, 'discussion.edit.regrouped')] : []),
    ...(edited.handEditsSetAside ? [t(locale, 'discussion.edit.hand_edits_set_aside')] : []),
    ...(edited.membersTold ? [t(locale, 'discussion.edit.members_told')] : []),
    ...(edited.writersTold ? [t(locale, 'discussion.edit.writers_told')] : []),
    ...(timed ? [t(locale, 'discussion.edit.jobs_moved')] : []),
  ];
}
