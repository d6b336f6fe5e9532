import type { TurnContext } from '@microsoft/agents-hosting';
import type { Council } from '../../../domain/council.ts';
import { mayManageHearings } from '../../../domain/roster.ts';
import { t } from '../../../i18n/messages.ts';
import { referenceForPosts, saveCouncilAddress } from '../teams-addresses.ts';
import { placeOf, type TeamsPlace } from '../teams-places.ts';
import { sendText, type TeamsKit } from './teams-kit.ts';

/**
 * `tilknyt <råd-id>` / `bind <council-id>`: the secretariat (or the chair
 * group) of that council links this team channel or group chat to it — and
 * the organisation's personal chats too, when nothing links them yet. Typed
 * in a 1:1 chat it links the organisation's personal chats alone.
 */
export async function bindConversation(
  kit: TeamsKit,
  context: TurnContext,
  councilId?: string,
): Promise<void> {
  const { useCases } = kit.deps;
  const locale = kit.deps.defaultLocale;
  const councils = await useCases.listCouncils();
  if (!councils.ok) return sendText(context, t(locale, 'error.store_unavailable'));
  const ids = councils.value.map((council) => council.id).join(', ') || '–';
  if (councilId === undefined) return sendText(context, t(locale, 'teams.bind.usage'));
  const council = councils.value.find((candidate) => candidate.id === councilId.toLowerCase());
  if (council === undefined)
    return sendText(
      context,
      t(locale, 'teams.bind.unknown_council', { id: councilId, councils: ids }),
    );

  const described = await useCases.describeCouncil({ councilId: council.id });
  const aadObjectId = context.activity.from?.aadObjectId;
  const member = described.ok
    ? described.value.members.find((candidate) =>
        candidate.identities.some(
          (identity) => identity.platform === 'teams' && identity.aadObjectId === aadObjectId,
        ),
      )
    : undefined;
  if (!aadObjectId || member === undefined || !mayManageHearings(member))
    return sendText(
      context,
      t(council.locale, 'teams.bind.not_allowed', { council: council.name }),
    );

  const place = placeOf(context.activity);
  await bindHere(kit, council, place, context);
  return sendText(
    context,
    t(
      council.locale,
      place.scope === 'personal' ? 'teams.bind.done_personal' : 'teams.bind.done_channel',
      {
        council: council.name,
      },
    ),
  );
}

/** Links the conversation's team, chat or tenant to the council and makes a channel or chat its home. */
export async function bindHere(
  kit: TeamsKit,
  council: Council,
  place: TeamsPlace,
  context: TurnContext,
) {
  const { useCases, directory } = kit.deps;
  await useCases.bindWorkspace({
    platform: 'teams',
    workspaceId: place.workspaceId,
    councilId: council.id,
  });
  if (place.scope === 'personal') return;
  if (
    place.tenantWorkspaceId &&
    (await directory.councilForWorkspace('teams', place.tenantWorkspaceId)) === undefined
  )
    await useCases.bindWorkspace({
      platform: 'teams',
      workspaceId: place.tenantWorkspaceId,
      councilId: council.id,
    });
  await saveCouncilAddress(directory, council.id, {
    reference: referenceForPosts(context.activity.getConversationReference()),
    scope: place.scope,
    ...(place.teamId ? { teamId: place.teamId } : {}),
  });
}
