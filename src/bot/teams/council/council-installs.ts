import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { t } from '../../../i18n/council/index.ts';
import { councilAddress, referenceForPosts, saveCouncilAddress } from '../teams-addresses.ts';
import { placeOf } from '../teams-places.ts';
import { bindHere } from './bind-conversation.ts';
import { sendText, troubleText, type TeamsKit } from '../handlers/teams-kit.ts';

/**
 * The bot added to a conversation (conversationUpdate with the bot among
 * membersAdded; Teams repeats it, and so does the Playground on every page
 * load, so everything here is idempotent and greets only once):
 * - 1:1: the member's personal reference is kept for reminders;
 * - a team channel or group chat already bound: it becomes the council's
 *   conversation if the council has none (or its reference is refreshed);
 * - not bound: with exactly one council that has no Teams conversation yet
 *   it is bound to that council; otherwise the bot says how to bind it
 *   (`tilknyt <råd-id>`, secretariat only).
 */
export function registerInstalls(app: AgentApplication<TurnState>, kit: TeamsKit): void {
  app.onConversationUpdate('membersAdded', async (context) => {
    const activity = context.activity;
    const botAdded = activity.membersAdded?.some((member) => member.id === activity.recipient?.id);
    if (!botAdded) return;
    try {
      if (placeOf(activity).scope === 'personal') await installedPersonally(kit, context);
      else await installedInConversation(kit, context);
    } catch (error) {
      kit.deps.log.error({ err: error }, 'teams: handling an install failed');
      await sendText(context, troubleText(undefined, error, kit.deps.defaultLocale));
    }
  });
}

async function installedPersonally(kit: TeamsKit, context: TurnContext): Promise<void> {
  const speaker = await kit.speaker(context.activity);
  if (speaker.ok && speaker.newPersonalChat) {
    const name = speaker.member.name.split(' ')[0] ?? speaker.member.name;
    await sendText(context, t(speaker.council.locale, 'teams.welcome.personal', { name }));
  }
}

async function installedInConversation(kit: TeamsKit, context: TurnContext): Promise<void> {
  const { directory, useCases } = kit.deps;
  const place = placeOf(context.activity);
  const boundTo = await directory.councilForWorkspace('teams', place.workspaceId);
  const councils = await useCases.listCouncils();
  if (!councils.ok) return;
  if (boundTo !== undefined) {
    const council = councils.value.find((candidate) => candidate.id === boundTo);
    if (council === undefined) return;
    const existing = await councilAddress(directory, council.id);
    const here = referenceForPosts(context.activity.getConversationReference());
    if (existing && existing.reference.conversation.id !== place.conversationId) return;
    await saveCouncilAddress(directory, council.id, {
      reference: here,
      scope: place.scope === 'channel' ? 'channel' : 'groupChat',
      ...(place.teamId ? { teamId: place.teamId } : {}),
    });
    if (existing === undefined)
      await sendText(
        context,
        t(council.locale, 'teams.welcome.channel', { council: council.name }),
      );
    return;
  }
  const locale = kit.deps.defaultLocale;
  const [only, ...others] = councils.value;
  if (only === undefined) return sendText(context, t(locale, 'teams.bind.no_councils'));
  if (others.length === 0 && (await councilAddress(directory, only.id)) === undefined) {
    await bindHere(kit, only, place, context);
    return sendText(context, t(only.locale, 'teams.bind.done_channel', { council: only.name }));
  }
  return sendText(
    context,
    t(locale, 'teams.bind.invite', {
      councils: councils.value.map((council) => council.id).join(', '),
    }),
  );
}
