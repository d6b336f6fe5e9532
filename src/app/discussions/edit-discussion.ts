import { z } from 'zod';
import {
  applyDiscussionChanges,
  checkAnnouncedTimes,
  type DiscussionChanges,
  type EditableField,
} from '../../domain/discussions/discussion-edits.ts';
import {
  checkDiscussionTimes,
  keyTopics,
  roomLinksFit,
  roomLinksOf,
  sizingOf,
} from '../../domain/discussions/discussion-setup.ts';
import { localTimeOf } from '../../domain/discussions/discussion-time.ts';
import type { Discussion, DiscussionGroup } from '../../domain/discussions/discussion.ts';
import { writerOf } from '../../domain/discussions/writers.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import {
  discussionIdField,
  discussionTimeField,
  discussionTitleField,
  groupCountField,
  groupSizeField,
  roomLinksField,
  topicsField,
} from './discussion-fields.ts';
import type { EditDiscussionInput, EditedDiscussion } from './discussion-types.ts';
import { proposalKeepingWhatFits, type FormingDeps } from './form-discussion-groups.ts';
import { rollOf } from './discussion-roll.ts';
import { loadManagedDiscussion } from './load-discussion.ts';
import type { GroupProposal } from './ports.ts';
import { rescheduleAfterEdit } from './schedule-discussion-jobs.ts';

const editInput = z.object({
  councilId: councilIdField,
  discussionId: discussionIdField,
  actorId: memberIdField,
  seenSequence: z.number().int().min(0),
  title: discussionTitleField.optional(),
  topics: topicsField.optional(),
  groupCount: groupCountField.optional(),
  groupSize: groupSizeField.optional(),
  signUpDeadline: discussionTimeField.optional(),
  windowStart: discussionTimeField.optional(),
  windowEnd: discussionTimeField.optional(),
  summariesDue: discussionTimeField.optional(),
  roomLinks: roomLinksField.optional(),
});

/** What a participant's direct message about their group shows, beside the group itself. */
const toldInTheGroupMessage: readonly EditableField[] = ['windowStart', 'windowEnd', 'roomLinks'];

/**
 * Changes a discussion's set-up. Everything is checked before anything is
 * written: the fields the status allows, the times as at set-up (once
 * announced, only that the window and the due time still make sense), the
 * room links against the groups (the proposal as it will be, when topics or
 * sizing change and it is formed again). Then one write, conditional on the
 * status the form saw, and its consequences: jobs re-planned for the new
 * times, the channel message redrawn, announced members told again.
 */
export async function editDiscussion(
  deps: FormingDeps,
  raw: EditDiscussionInput,
): Promise<Result<EditedDiscussion>> {
  const input = validate(editInput, raw);
  if (!input.ok) return input;
  const value = input.value;
  const { councilId, discussionId, actorId } = value;
  const loaded = await loadManagedDiscussion(deps, councilId, discussionId, actorId);
  if (!loaded.ok) return loaded;
  const { discussion, council } = loaded.value;
  if (discussion.sequence !== value.seenSequence) return fail('discussion_changed_meanwhile');

  const changes = changesOf(value, discussion);
  if (!changes.ok) return changes;
  const signUps = await deps.discussions.signUps(councilId, discussionId);
  const signUpsByTopic: Record<string, number> = {};
  for (const signUp of signUps)
    if (signUp.topic !== undefined)
      signUpsByTopic[signUp.topic] = (signUpsByTopic[signUp.topic] ?? 0) + 1;
  const applied = applyDiscussionChanges(discussion, changes.value, signUpsByTopic);
  if (!applied.ok) return applied;
  const { changed } = applied.value;
  const unchanged = {
    discussion,
    changed,
    regrouped: false,
    handEditsSetAside: false,
    membersTold: false,
    writersTold: false,
  };
  if (changed.length === 0) return succeed(unchanged);

  const nowLocal = localTimeOf(deps.clock.now(), council.timeZone);
  // After the deadline (groups formed, not yet announced) the deadline itself
  // is only checked against now when it is moved, to reopen the sign-up.
  const deadlineMoved = changed.includes('signUpDeadline');
  const times =
    discussion.status === 'sign_up' && deadlineMoved
      ? checkDiscussionTimes(applied.value.discussion, nowLocal)
      : discussion.status === 'sign_up'
        ? checkTimesAfterDeadline(applied.value.discussion, nowLocal)
        : checkAnnouncedTimes(applied.value.discussion, nowLocal);
  if (!times.ok) return times;

  const edited: Discussion = { ...applied.value.discussion, sequence: discussion.sequence + 1 };
  // A new number of groups must still fit the per-group room links already given.
  if (edited.rooms.kind === 'per_group') {
    const fits = roomLinksOf(edited.rooms.urls, edited.sizing);
    if (!fits.ok) return fits;
  }
  const stored = await deps.discussions.proposal(councilId, discussionId);
  const regroup =
    discussion.status === 'sign_up' &&
    stored !== undefined &&
    (changed.includes('topics') || changed.includes('sizing'));
  const proposal = regroup ? await reformFor(deps, edited, stored) : undefined;
  if (proposal !== undefined && !proposal.result.ok) return proposal.result;
  const groups = proposal?.result.ok ? proposal.result.value : stored;
  if (groups !== undefined) {
    const rooms = roomLinksFit(edited.rooms, groups.groups.length);
    if (!rooms.ok) return rooms;
  }

  if (!(await deps.discussions.saveDiscussion(edited, discussion.status, discussion.sequence)))
    return fail('discussion_changed_meanwhile');
  // Should this write be lost (a crash right here), the old proposal's frame no
  // longer matches the discussion, and announcing forms the groups again first.
  if (proposal?.result.ok === true)
    await deps.discussions.saveProposal(councilId, discussionId, proposal.result.value);
  await rescheduleAfterEdit(deps, discussion, edited, council.timeZone);
  await deps.notifier.notify({ kind: 'discussion_changed', councilId, discussionId });

  const announcedGroups = edited.status === 'announced' ? (stored?.groups ?? []) : [];
  const tellMembers = changed.some((field) => toldInTheGroupMessage.includes(field));
  // The writers' group message shows when the summary is due: a moved due time is news to them.
  const tellWriters = changed.includes('summariesDue');
  const told = tellMembers
    ? announcedGroups.flatMap((group) => group.members)
    : tellWriters
      ? await writersOf(deps, edited, announcedGroups)
      : [];
  for (const memberId of told)
    await deps.notifier.notify({
      kind: 'discussion_group_to_member',
      councilId,
      discussionId,
      memberId,
      sequence: edited.sequence,
    });
  return succeed({
    discussion: edited,
    changed,
    regrouped: proposal !== undefined,
    handEditsSetAside: proposal?.setAside ?? false,
    membersTold: tellMembers && told.length > 0,
    writersTold: !tellMembers && told.length > 0,
  });
}

/** The edit's fields in the domain's shapes (topics keyed, sizing, room links). */
function changesOf(
  value: Omit<EditDiscussionInput, 'councilId' | 'discussionId' | 'actorId' | 'seenSequence'>,
  discussion: Discussion,
): Result<DiscussionChanges> {
  const topics = value.topics === undefined ? undefined : keyTopics(value.topics);
  if (topics !== undefined && !topics.ok) return topics;
  const sizingGiven = value.groupCount !== undefined || value.groupSize !== undefined;
  const sizing = sizingGiven ? sizingOf(value.groupCount, value.groupSize) : undefined;
  if (sizing !== undefined && !sizing.ok) return sizing;
  const rooms =
    value.roomLinks === undefined
      ? undefined
      : roomLinksOf(value.roomLinks, sizing?.value ?? discussion.sizing);
  if (rooms !== undefined && !rooms.ok) return rooms;
  return succeed({
    ...(value.title === undefined ? {} : { title: value.title }),
    ...(topics === undefined ? {} : { topics: topics.value }),
    ...(sizing === undefined ? {} : { sizing: sizing.value }),
    ...(value.signUpDeadline === undefined ? {} : { signUpDeadline: value.signUpDeadline }),
    ...(value.windowStart === undefined ? {} : { windowStart: value.windowStart }),
    ...(value.windowEnd === undefined ? {} : { windowEnd: value.windowEnd }),
    ...(value.summariesDue === undefined ? {} : { summariesDue: value.summariesDue }),
    ...(rooms === undefined ? {} : { rooms: rooms.value }),
  });
}

/** The proposal formed again for the new frame, with its seed and what fits of its hand edits. */
const reformFor = (deps: FormingDeps, edited: Discussion, stored: GroupProposal) =>
  proposalKeepingWhatFits(deps, edited, {
    manual: stored.manual,
    seed: stored.seed,
    formedBy: stored.formedBy,
  });

/** In sign-up with the deadline kept (perhaps passed): the order, and summaries still to come. */
function checkTimesAfterDeadline(times: Discussion, nowLocal: string): Result<true> {
  const order = checkDiscussionTimes(times, '');
  return order.ok ? checkAnnouncedTimes(times, nowLocal) : order;
}

/** Who writes each group's summary now (the referent, or the ordstyrer if the referent left). */
async function writersOf(
  deps: FormingDeps,
  discussion: Discussion,
  groups: readonly DiscussionGroup[],
): Promise<string[]> {
  const present = new Set((await rollOf(deps, discussion)).participants.map((p) => p.memberId));
  return groups.map((group) => writerOf(group, present));
}
