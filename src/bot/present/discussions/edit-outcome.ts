import type { EditedDiscussion } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t, type MessageKey } from '../../../i18n/discussions/index.ts';

/**
 * What the secretary is told after "Ret opsætning", the same in every chat
 * and on the command line: what changed, and what followed from it (the
 * groups formed again, the members told again, the reminders moved).
 */
export function editOutcomeLines(locale: Locale, edited: EditedDiscussion): string[] {
  if (edited.changed.length === 0) return [t(locale, 'discussion.edit.nothing_changed')];
  const names = [
    ...new Set(
      edited.changed.map((field) => t(locale, `discussion.edit.field.${field}` as MessageKey)),
    ),
  ];
  const timed = edited.changed.some((field) =>
    ['signUpDeadline', 'windowEnd', 'summariesDue'].includes(field),
  );
  return [
    t(locale, 'discussion.edit.done', { title: edited.discussion.title }),
    t(locale, 'discussion.edit.changed', { fields: names.join(', ') }),
    ...(edited.regrouped ? [t(locale, 'discussion.edit.regrouped')] : []),
    ...(edited.handEditsSetAside ? [t(locale, 'discussion.edit.hand_edits_set_aside')] : []),
    ...(edited.membersTold ? [t(locale, 'discussion.edit.members_told')] : []),
    ...(timed ? [t(locale, 'discussion.edit.jobs_moved')] : []),
  ];
}
