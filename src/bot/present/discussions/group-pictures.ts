import type {
  DiscussionParticipant,
  DiscussionView,
} from '../../../app/discussions/discussion-use-cases.ts';
import type { Discussion, DiscussionGroup } from '../../../domain/discussions/discussion.ts';
import type { ThreadReply } from '../../message-lifecycle/notice-plan.ts';
import type { GroupPicture } from './discussion-states.ts';

/** The groups as formed (the proposal before announcing, the groups after); none yet: empty. */
export const groupsOf = (view: DiscussionView): readonly DiscussionGroup[] =>
  view.proposal?.groups ?? [];

/**
 * A group's room: the one link for every group, or the group's own (the
 * secretary pasted them in the groups' order); absent when none was given.
 */
export function roomUrlOf(
  discussion: Pick<Discussion, 'rooms'>,
  groups: readonly Pick<DiscussionGroup, 'key'>[],
  groupKey: string,
): string | undefined {
  const { rooms } = discussion;
  if (rooms.kind === 'shared') return rooms.url;
  if (rooms.kind === 'none') return undefined;
  const index = groups.findIndex((group) => group.key === groupKey);
  return index < 0 ? undefined : rooms.urls[index];
}

/** A participant as shown; someone no longer on the roster keeps their id as name. */
export function participantOf(view: DiscussionView, memberId: string): DiscussionParticipant {
  return (
    view.participants.find((participant) => participant.memberId === memberId) ?? {
      memberId,
      name: memberId,
      organisation: '',
    }
  );
}

/** Everything a group's reply or a member's message about their group shows. */
export function groupPicture(view: DiscussionView, groupKey: string): GroupPicture | undefined {
  const groups = groupsOf(view);
  const group = groups.find((candidate) => candidate.key === groupKey);
  if (group === undefined) return undefined;
  const topic = view.discussion.topics.find((candidate) => candidate.key === group.topic);
  if (topic === undefined) return undefined;
  const roomUrl = roomUrlOf(view.discussion, groups, group.key);
  const summary = view.summaries.find((candidate) => candidate.groupKey === group.key);
  return {
    group,
    topic,
    members: group.members.map((memberId) => participantOf(view, memberId)),
    writer: view.writers[group.key] ?? group.referent,
    ...(roomUrl === undefined ? {} : { roomUrl }),
    ...(summary === undefined ? {} : { summary }),
  };
}

/** The group a member is in, once formed. */
export const groupOfMember = (
  view: DiscussionView,
  memberId: string,
): DiscussionGroup | undefined => groupsOf(view).find((group) => group.members.includes(memberId));

/** Whether the groups are out: announced, or compiled (summaries may still be edited until due). */
export const groupsAnnounced = (view: DiscussionView): boolean =>
  view.discussion.status === 'announced' || view.discussion.status === 'compiled';

/**
 * A short digest of what a reply shows (FNV-1a, 64 bits): a changed group's
 * reply is updated, the others are left alone, and the record stays small.
 */
export function digest(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of text) {
    hash ^= BigInt(char.codePointAt(0) ?? 0);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(36);
}

/**
 * One reply per group in the discussion's thread once the groups are
 * announced, keyed by the group's key ('A1') and versioned by what it shows:
 * members (names), roles, room link and whether (and which revision of) the
 * summary is in. Before announcing: none (the proposal is the secretary's).
 */
export function groupReplies(view: DiscussionView, locale: string): readonly ThreadReply[] {
  if (!groupsAnnounced(view)) return [];
  return groupsOf(view).flatMap((group) => {
    const picture = groupPicture(view, group.key);
    if (picture === undefined) return [];
    const shown = [
      locale,
      picture.topic.title,
      picture.members.map((member) => [member.memberId, member.name, member.organisation]),
      group.ordstyrer,
      group.referent,
      picture.writer,
      picture.roomUrl ?? '',
      picture.summary?.revision ?? 0,
      view.discussion.status,
    ];
    return [{ key: group.key, version: digest(JSON.stringify(shown)) }];
  });
}
