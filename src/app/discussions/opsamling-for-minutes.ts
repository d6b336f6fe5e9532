import type {
  Discussion,
  DiscussionGroup,
  GroupSummary,
} from '../../domain/discussions/discussion.ts';
import type { ItemGroupDiscussion } from '../meetings/index.ts';
import type { Opsamling } from './ports.ts';

/**
 * A compiled discussion as the referat prints it under its item
 * (`attachGroupDiscussion`): by topic, each topic's groups in order with
 * their answers and notes as submitted, and the groups still without a
 * summary. Pure: the caller loads and attaches.
 */
export function opsamlingForMinutes(
  discussion: Pick<Discussion, 'id' | 'title' | 'topics'>,
  groups: readonly DiscussionGroup[],
  summaries: readonly GroupSummary[],
  opsamling: Pick<Opsamling, 'compiledAt'>,
): ItemGroupDiscussion {
  const summaryOf = new Map(summaries.map((summary) => [summary.groupKey, summary]));
  return {
    discussionId: discussion.id,
    title: discussion.title,
    topics: discussion.topics.map((topic) => ({
      key: topic.key,
      title: topic.title,
      questions: [...topic.questions],
      groups: groups
        .filter((group) => group.topic === topic.key)
        .map((group) => {
          const summary = summaryOf.get(group.key);
          return {
            key: group.key,
            answers: topic.questions.map((_question, index) => summary?.answers[index] ?? ''),
            notes: summary?.notes ?? '',
            submitted: summary !== undefined,
          };
        }),
    })),
    missingGroups: groups.filter((group) => !summaryOf.has(group.key)).map((group) => group.key),
    compiledAt: opsamling.compiledAt,
  };
}
