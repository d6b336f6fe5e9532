import type { Discussion } from '../../domain/discussions/discussion.ts';
import type { AppDeps } from '../deps.ts';

/**
 * Whether anyone chose or changed a topic or role after the proposal was
 * formed (`formedAt`, ISO): then the proposal no longer shows the last
 * choices and is formed again before it goes out.
 */
export async function signUpsChangedSince(
  deps: Pick<AppDeps, 'discussions'>,
  discussion: Discussion,
  formedAt: string,
): Promise<boolean> {
  const signUps = await deps.discussions.signUps(discussion.councilId, discussion.id);
  const formed = new Date(formedAt).getTime();
  return signUps.some((signUp) => new Date(signUp.at).getTime() > formed);
}
