import type { TurnContext } from '@microsoft/agents-hosting';
import type { Council } from '../../../domain/council/council.ts';
import { describeFailure, t } from '../../../i18n/council/index.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import { moveBindingCard } from './move-binding-card.ts';
import { referenceForPosts, saveCouncilAddress } from '../teams-addresses.ts';
import { placeOf, type TeamsPlace } from '../teams-places.ts';
import { sendCard, sendText, type TeamsKit } from '../handlers/teams-kit.ts';

/**
 * `tilknyt <råd-id>` / `bind <council-id>`: the secretariat (or the chair
 * group) of that council links this team channel or group chat to it — and
 * the organisation's personal chats too, when nothing links them yet. Typed
 * in a 1:1 chat it links the organisation's personal chats alone. A place
 * that already belongs to another council moves only when that council's
 * own secretariat asks and confirms (bindWorkspace holds the rule).
 */
export async function bindConversation(
  kit: TeamsKit,
  context: TurnContext,
  councilId?: string,
): Promise<void> {
  const answer = await decideBinding(kit, context, councilId, false);
  return typeof answer === 'string' ? sendText(context, answer) : sendCard(context, answer);
}

/** The answer to a bind request, or to "Ja, flyt" on the confirmation card (confirmed). */
export async function decideBinding(
  kit: TeamsKit,
  context: TurnContext,
  councilId: string | undefined,
  confirmed: boolean,
): Promise<AdaptiveCard | string> {
  const { useCases } = kit.deps;
  const locale = kit.deps.defaultLocale;
  const councils = await useCases.listCouncils();
  if (!councils.ok) return t(locale, 'error.store_unavailable');
  const ids = councils.value.map((council) => council.id).join(', ') || '–';
  if (councilId === undefined) return t(locale, 'teams.bind.usage');
  const council = councils.value.find((candidate) => candidate.id === councilId.toLowerCase());
  if (council === undefined)
    return t(locale, 'teams.bind.unknown_council', { id: councilId, councils: ids });

  const aadObjectId = context.activity.from?.aadObjectId;
  if (!aadObjectId) return describeFailure(council.locale, notAllowed(council));
  const place = placeOf(context.activity);
  const bound = await useCases.bindWorkspace({
    platform: 'teams',
    workspaceId: place.workspaceId,
    councilId: council.id,
    actor: { platform: 'teams', aadObjectId },
    confirmed,
  });
  if (!bound.ok) {
    // A refusal about the holding council is said in that council's language.
    const holder = councils.value.find((candidate) => candidate.id === bound.params?.['councilId']);
    return describeFailure(holder?.locale ?? council.locale, bound);
  }
  const outcome = bound.value;
  if (outcome.kind === 'confirm_move')
    return moveBindingCard(
      place.scope === 'personal' ? 'personal' : 'channel',
      council,
      outcome.from,
    );
  if (outcome.kind === 'bound' && outcome.movedFrom !== undefined)
    kit.deps.log.warn(
      {
        workspaceId: place.workspaceId,
        from: outcome.movedFrom.id,
        to: council.id,
        byAadObjectId: aadObjectId,
      },
      'teams: a bound place moved to another council',
    );
  await saveHome(kit, council, place, context);
  return t(
    council.locale,
    place.scope === 'personal' ? 'teams.bind.done_personal' : 'teams.bind.done_channel',
    { council: council.name },
  );
}

const notAllowed = (council: Council) =>
  ({ ok: false, code: 'not_allowed_to_bind', params: { council: council.name } }) as const;

/** Links the conversation's team, chat or tenant to the council and makes a channel or chat its home. */
export async function bindHere(
  kit: TeamsKit,
  council: Council,
  place: TeamsPlace,
  context: TurnContext,
) {
  await kit.deps.useCases.bindWorkspace({
    platform: 'teams',
    workspaceId: place.workspaceId,
    councilId: council.id,
  });
  await saveHome(kit, council, place, context);
}

/** After the place itself is bound: its tenant too when nothing holds it, and the channel as the council's home. */
async function saveHome(kit: TeamsKit, council: Council, place: TeamsPlace, context: TurnContext) {
  const { useCases, directory } = kit.deps;
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

/** "Fortryd" on the confirmation card: nothing moves, and the card says so. */
export async function keptBinding(kit: TeamsKit, fromId: string | undefined): Promise<string> {
  const councils = await kit.deps.useCases.listCouncils();
  const from = councils.ok ? councils.value.find((council) => council.id === fromId) : undefined;
  if (from === undefined) return t(kit.deps.defaultLocale, 'teams.bind.usage');
  return t(from.locale, 'teams.bind.kept', { from: from.name });
}
