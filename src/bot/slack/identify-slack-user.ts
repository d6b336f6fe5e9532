import type { ChatActor } from '../../app/council/identify-member.ts';
import type { Locale } from '../../domain/council/council.ts';
import { describeFailure, t } from '../../i18n/council/index.ts';
import type { SlackDeps } from './slack-deps.ts';

export type Identified =
  | ({ readonly ok: true } & ChatActor)
  | {
      readonly ok: false;
      readonly reason: 'not_bound' | 'not_on_roster' | 'other';
      readonly locale: Locale;
      readonly text: string;
    };

/**
 * Who is clicking: the council bound to the workspace the request came from
 * (never one named in the payload) and the roster member behind the Slack
 * user. Anyone else gets a sentence saying what to do, not an error.
 */
export async function identifySlackUser(
  deps: Pick<SlackDeps, 'useCases' | 'defaultLocale'>,
  teamId: string | undefined,
  userId: string,
): Promise<Identified> {
  const locale = deps.defaultLocale;
  if (teamId === undefined || teamId === '') {
    return {
      ok: false,
      reason: 'not_bound',
      locale,
      text: t(locale, 'slack.not_bound', { teamId: '?' }),
    };
  }
  const found = await deps.useCases.identifyMember({
    platform: 'slack',
    workspaceId: teamId,
    identity: { platform: 'slack', teamId, userId },
  });
  if (found.ok) return { ok: true, ...found.value };
  if (found.code === 'council_not_found') {
    return {
      ok: false,
      reason: 'not_bound',
      locale,
      text: t(locale, 'slack.not_bound', { teamId }),
    };
  }
  const reason = found.code === 'not_on_roster' ? 'not_on_roster' : 'other';
  return { ok: false, reason, locale, text: describeFailure(locale, found) };
}

/** Slack puts the team in different places per payload type; enterprise installs may leave `team` null. */
export const teamOf = (body: {
  team?: { id: string } | null;
  user?: { team_id?: string };
}): string | undefined => body.team?.id ?? body.user?.team_id;
