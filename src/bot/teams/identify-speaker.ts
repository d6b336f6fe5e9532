import type { Activity } from '@microsoft/agents-activity';
import type { Council, Locale } from '../../domain/council/council.ts';
import type { Member } from '../../domain/council/roster.ts';
import { describeFailure, t } from '../../i18n/council/index.ts';
import { memberAddress, referenceForPosts, saveMemberAddress } from './teams-addresses.ts';
import type { TeamsDeps } from './teams-deps.ts';
import { placeOf, type TeamsPlace } from './teams-places.ts';

export type Speaker =
  | {
      readonly ok: true;
      readonly council: Council;
      readonly member: Member;
      readonly place: TeamsPlace;
    }
  | {
      readonly ok: false;
      readonly code: 'not_on_roster' | 'council_not_found' | 'store_unavailable';
      readonly place: TeamsPlace;
      /** The bound council, when there is one (e.g. for a stranger in its channel). */
      readonly councilId?: string;
      readonly locale: Locale;
      /** What to tell the person, in the council's language when it is known. */
      readonly text: string;
    };

/**
 * Who is writing or clicking: the council bound to the conversation's team,
 * chat or tenant, and the roster member behind the Entra object id. Anyone
 * else gets "Du er ikke registreret i rådet — kontakt sekretariatet" in the
 * council's language.
 */
export async function identifySpeaker(deps: TeamsDeps, activity: Activity): Promise<Speaker> {
  const place = placeOf(activity);
  const aadObjectId = activity.from?.aadObjectId;
  const found = await deps.useCases.identifyMember({
    platform: 'teams',
    workspaceId: place.workspaceId,
    identity: { platform: 'teams', aadObjectId: aadObjectId ?? '' },
  });
  if (found.ok && aadObjectId) return { ok: true, ...found.value, place };
  const code = found.ok ? 'not_on_roster' : found.code;
  if (code === 'council_not_found')
    return {
      ok: false,
      code,
      place,
      locale: deps.defaultLocale,
      text: t(deps.defaultLocale, 'teams.not_bound'),
    };
  if (code === 'not_on_roster') {
    const council = await boundCouncil(deps, place);
    const locale = council?.locale ?? deps.defaultLocale;
    return {
      ok: false,
      code,
      place,
      locale,
      text: t(locale, 'error.not_on_roster'),
      ...(council ? { councilId: council.id } : {}),
    };
  }
  const locale = deps.defaultLocale;
  return {
    ok: false,
    code: 'store_unavailable',
    place,
    locale,
    text: describeFailure(locale, { code: 'store_unavailable' }),
  };
}

/** The council the conversation is bound to, if any. */
export async function boundCouncil(
  deps: TeamsDeps,
  place: TeamsPlace,
): Promise<Council | undefined> {
  const councilId = await deps.directory.councilForWorkspace('teams', place.workspaceId);
  if (councilId === undefined) return undefined;
  const councils = await deps.useCases.listCouncils();
  return councils.ok ? councils.value.find((council) => council.id === councilId) : undefined;
}

/**
 * Remembers the member's Teams user id (for refresh.userIds and reminders)
 * and, in a 1:1 chat, the conversation reference for proactive messages.
 * Writes only when something changed; says whether the 1:1 chat is new and
 * whether the user id was learned just now.
 */
export class MemberAddressBook {
  private readonly known = new Map<string, string>();

  constructor(private readonly deps: Pick<TeamsDeps, 'directory'>) {}

  async remember(
    council: Council,
    member: Member,
    activity: Activity,
  ): Promise<{ newPersonalChat: boolean; learned: boolean }> {
    const userId = activity.from?.id;
    if (!userId) return { newPersonalChat: false, learned: false };
    const place = placeOf(activity);
    const reference =
      place.scope === 'personal'
        ? referenceForPosts(activity.getConversationReference())
        : undefined;
    const key = `${council.id}/${member.id}/${place.scope === 'personal' ? 'personal' : 'elsewhere'}`;
    const fingerprint = reference
      ? JSON.stringify([userId, reference.conversation.id, reference.serviceUrl])
      : userId;
    if (this.known.get(key) === fingerprint) return { newPersonalChat: false, learned: false };

    const stored = await memberAddress(this.deps.directory, council.id, member.id);
    const keptReference = reference ?? stored?.reference;
    const next = {
      userId,
      ...(place.tenantId ? { tenantId: place.tenantId } : {}),
      ...(activity.serviceUrl ? { serviceUrl: activity.serviceUrl } : {}),
      ...(activity.recipient?.id ? { botId: activity.recipient.id } : {}),
      ...(keptReference ? { reference: keptReference } : {}),
    };
    const newPersonalChat =
      reference !== undefined && stored?.reference?.conversation.id !== reference.conversation.id;
    const learned = stored?.userId !== userId;
    if (JSON.stringify(stored) !== JSON.stringify(next)) {
      await saveMemberAddress(this.deps.directory, council.id, member.id, next);
    }
    this.known.set(key, fingerprint);
    return { newPersonalChat, learned };
  }
}
