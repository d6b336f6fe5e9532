import { fail, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import type { EditDiscussionInput, EditedDiscussion } from './discussion-types.ts';

/** Changes a discussion's set-up. */
export async function editDiscussion(
  _deps: Pick<AppDeps, 'discussions'>,
  _raw: EditDiscussionInput,
): Promise<Result<EditedDiscussion>> {
  return fail('discussion_edit_closed');
}
