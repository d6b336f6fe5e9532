import type { BlockAction, ButtonAction, webApi } from '@slack/bolt';
import type { ChatActor } from '../../../app/council/identify-member.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { ephemeralTo, type Tell } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { parseDiscussionValue, type DiscussionRef } from './discussion-values.ts';

export type DiscussionClickBody = BlockAction<ButtonAction>;

/** Who clicked, in which council (from the workspace), on which discussion (from the value). */
export interface DiscussionClick extends ChatActor {
  readonly locale: Locale;
  readonly ref: DiscussionRef;
  readonly tell: Tell;
  /** The discussion and the clicker, as every use case takes them. */
  readonly on: { councilId: string; discussionId: string };
}

/**
 * Where a click is answered: next to the button (response_url, only the
 * clicker sees it), or in the clicker's DM when there is none.
 */
export function tellClicker(body: DiscussionClickBody, client: webApi.WebClient): Tell {
  if (body.response_url) return ephemeralTo(body.response_url);
  return async (message) => {
    await client.chat.postMessage({
      channel: body.user.id,
      ...(typeof message === 'string' ? { text: message } : message),
    });
  };
}

/**
 * The click read: the council from the workspace that clicked (never from
 * the payload), the roster member behind the user, and the discussion the
 * value names. Anyone unknown, and a forged or stale value, is answered
 * here and gets undefined.
 */
export async function readClick(
  deps: SlackDeps,
  body: DiscussionClickBody,
  client: webApi.WebClient,
): Promise<DiscussionClick | undefined> {
  const tell = tellClicker(body, client);
  const who = await identifySlackUser(deps, teamOf(body), body.user.id);
  if (!who.ok) {
    await tell(who.text);
    return undefined;
  }
  const locale = who.council.locale;
  const ref = parseDiscussionValue(body.actions[0]?.value);
  if (ref === undefined) {
    await tell(t(locale, 'slack.discussion.stale'));
    return undefined;
  }
  return {
    council: who.council,
    member: who.member,
    locale,
    ref,
    tell,
    on: { councilId: who.council.id, discussionId: ref.discussionId },
  };
}

/** A use case's refusal, in the council's language; a closed sign-up says so plainly. */
export const refusalText = (locale: Locale, failure: Failure): string =>
  failure.code === 'discussion_sign_up_closed'
    ? t(locale, 'slack.discussion.sign_up_closed')
    : describeFailure(locale, failure);

/**
 * Runs a listener's work and answers the clicker when it throws (the store
 * away, a bug): a click is always answered, and the process never falls
 * over on one.
 */
export async function answered(
  deps: SlackDeps,
  tell: Tell,
  locale: Locale,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.log.error({ err: error }, 'slack: a discussion click failed');
    await tell(t(locale, 'error.unexpected')).catch(() => undefined);
  }
}
