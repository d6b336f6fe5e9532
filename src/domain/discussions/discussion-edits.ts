import type { DiscussionStatus } from './discussion.ts';

/**
 * What the secretariat may change after setting a discussion up, and when.
 * In sign-up everything (a proposal already formed is formed again when its
 * frame changes); once the groups are announced only what does not undo
 * them: the title, the discussion window, when summaries are due and the
 * room links. After the opsamling, or once cancelled, nothing.
 */
export const editableFields = [
  'title',
  'topics',
  'sizing',
  'signUpDeadline',
  'windowStart',
  'windowEnd',
  'summariesDue',
  'roomLinks',
] as const;
export type EditableField = (typeof editableFields)[number];

const afterAnnouncing: readonly EditableField[] = [
  'title',
  'windowStart',
  'windowEnd',
  'summariesDue',
  'roomLinks',
];

/** The fields a discussion in this status may still change; none once compiled or cancelled. */
export function fieldsEditableIn(status: DiscussionStatus): readonly EditableField[] {
  if (status === 'sign_up') return editableFields;
  if (status === 'announced') return afterAnnouncing;
  return [];
}
