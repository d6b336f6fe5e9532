import type { webApi } from '@slack/bolt';
import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { describeFailure, t } from '../../../i18n/hearings/index.ts';
import { homeMaxHearings, homeView, type HearingNote } from './home-view.ts';
import { viewerStance } from '../../present/hearings/viewer-stance.ts';
import { identifySlackUser } from '../identify-slack-user.ts';
import { loadMyHearingViews } from './load-hearing-views.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { ChatActor } from '../../../app/council/identify-member.ts';
import type { Block } from '../blocks/block-kit.ts';

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
    const banner = loaded.ok
      ? await bannerFor(deps, who.council.id, who.member.id, loaded.views, note)
      : undefined;
    view = loaded.ok
      ? homeView({
          kind: 'member',
          council: who.council,
          hearings: loaded.views,
          total: loaded.total,
          canOpen: mayManageHearings(who.member),
          ...(banner === undefined ? {} : { banner }),
          ...(typeof note === 'object' ? { note } : {}),
          sections: await otherSections(deps, who),
        })
      : homeView({
          kind: 'notice',
          locale: who.council.locale,
          text: describeFailure(who.council.locale, loaded),
        });
  }
  await client.views.publish({ user_id: userId, view });
}

/**
 * What the other capabilities show on top (the next meeting, say). One that
 * fails leaves its place empty rather than taking the whole tab with it.
 */
async function otherSections(deps: SlackDeps, who: ChatActor): Promise<Block[]> {
  const parts = await Promise.all(
    (deps.homeSections ?? []).map((section) =>
      section(deps, who).catch((error: unknown) => {
        deps.log.error({ err: error }, 'slack: a section of App Home failed');
        return [] as Block[];
      }),
    ),
  );
  return parts.flat();
}

/**
 * The line on top: a text as given, or what a click did to a hearing that is
 * not on the tab (it closed when the last seat answered, or lies beyond the
 * first page) — said there, since its card cannot say it.
 */
async function bannerFor(
  deps: SlackDeps,
  councilId: string,
  memberId: string,
  shown: readonly HearingView[],
  note: string | HearingNote | undefined,
): Promise<string | undefined> {
  if (note === undefined || typeof note === 'string') return note;
  if (shown.some((view) => view.hearing.id === note.hearingId)) return undefined;
  if (note.justDone.kind === 'refused') return note.justDone.text;
  const view = await deps.useCases.viewHearing({
    councilId,
    hearingId: note.hearingId,
    viewerId: memberId,
    withAudit: false,
  });
  return view.ok ? viewerStance(view.value, note.justDone).line : undefined;
}
