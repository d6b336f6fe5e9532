import type { webApi } from '@slack/bolt';
import { mayManageHearings } from '../../domain/roster.ts';
import { describeFailure, t } from '../../i18n/messages.ts';
import { homeMaxHearings, homeView, type HearingNote } from './blocks/home-view.ts';
import { identifySlackUser } from './identify-slack-user.ts';
import { loadMyHearingViews } from './load-hearing-views.ts';
import type { SlackDeps } from './slack-deps.ts';

/**
 * Renders and publishes one user's Home tab. views.publish replaces the whole
 * tab, so publishing again (a redelivered app_home_opened, a click) is
 * harmless. `note` is a line on top, or what a click did to one hearing
 * (said on that hearing's card).
 */
export async function publishHome(
  deps: SlackDeps,
  client: webApi.WebClient,
  teamId: string | undefined,
  userId: string,
  note?: string | HearingNote,
): Promise<void> {
  const who = await identifySlackUser(deps, teamId, userId);
  let view;
  if (!who.ok) {
    const text =
      who.reason === 'not_on_roster' ? t(who.locale, 'slack.not_on_roster_home') : who.text;
    view = homeView({ kind: 'notice', locale: who.locale, text });
  } else {
    const loaded = await loadMyHearingViews(deps, who.council.id, who.member.id, homeMaxHearings);
    view = loaded.ok
      ? homeView({
          kind: 'member',
          council: who.council,
          hearings: loaded.views,
          total: loaded.total,
          canOpen: mayManageHearings(who.member),
          ...(note === undefined ? {} : typeof note === 'string' ? { banner: note } : { note }),
        })
      : homeView({
          kind: 'notice',
          locale: who.council.locale,
          text: describeFailure(who.council.locale, loaded),
        });
  }
  await client.views.publish({ user_id: userId, view });
}
