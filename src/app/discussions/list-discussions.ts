import { z } from 'zod';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import { loadCouncil } from '../council/load-council.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { discussionIdField } from './discussion-fields.ts';
import type { DiscussionView } from './discussion-types.ts';
import { loadDiscussion } from './load-discussion.ts';
import { viewOf } from './view-discussion.ts';

const listInput = z.object({ councilId: councilIdField });

/** The council's discussions that are not cancelled, newest first. */
export async function listDiscussions(
  deps: Pick<AppDeps, 'councils' | 'discussions'>,
  raw: { councilId: string },
): Promise<Result<Discussion[]>> {
  const input = validate(listInput, raw);
  if (!input.ok) return input;
  const council = await loadCouncil(deps.councils, input.value.councilId);
  if (!council.ok) return council;
  const all = await deps.discussions.discussions(input.value.councilId);
  return succeed(all.filter((discussion) => discussion.status !== 'cancelled'));
}

const showInput = z.object({ councilId: councilIdField, discussionId: discussionIdField });

/** A discussion with who takes part, their sign-ups, the groups, the summaries and the opsamling. */
export async function showDiscussion(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'absences' | 'discussions' | 'clock'>,
  raw: { councilId: string; discussionId: string },
): Promise<Result<DiscussionView>> {
  const input = validate(showInput, raw);
  if (!input.ok) return input;
  const council = await loadCouncil(deps.councils, input.value.councilId);
  if (!council.ok) return council;
  const discussion = await loadDiscussion(deps, input.value.councilId, input.value.discussionId);
  if (!discussion.ok) return discussion;
  return succeed(await viewOf(deps, discussion.value, council.value.timeZone));
}
