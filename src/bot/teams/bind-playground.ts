import type { ConversationReference } from '@microsoft/agents-activity';
import type { ChatDirectory } from '../../app/ports.ts';
import type { TeamsUseCases } from './teams-deps.ts';
import { saveCouncilAddress } from './teams-addresses.ts';
import { tenantWorkspace } from './teams-places.ts';

/** The Agents Playground's mock team, chat and tenant (src/playground/playground-scene.ts). */
export interface PlaygroundTeams {
  readonly tenantId: string;
  readonly bot: { readonly id: string; readonly name: string };
  readonly team: { readonly id: string };
  readonly channel: { readonly id: string; readonly name: string };
  readonly groupChat: { readonly id: string };
  /** The Playground's mock Bot Connector. */
  readonly serviceUrl: string;
}

/**
 * Binds a council to the Playground's team, group chat and tenant, and makes
 * its channel the council's conversation — so the try-out works at once,
 * without anyone installing anything. Run at every start: the Playground's
 * serviceUrl changes with its port.
 */
export async function bindPlaygroundCouncil(
  deps: {
    readonly useCases: Pick<TeamsUseCases, 'bindWorkspace'>;
    readonly directory: ChatDirectory;
  },
  councilId: string,
  playground: PlaygroundTeams,
): Promise<void> {
  for (const workspaceId of [
    `team/${playground.team.id}`,
    `chat/${playground.groupChat.id}`,
    tenantWorkspace(playground.tenantId),
  ]) {
    // The Playground's places are the demo's own: each start puts them back, even if moved.
    const bound = await deps.useCases.bindWorkspace({
      platform: 'teams',
      workspaceId,
      councilId,
      force: true,
    });
    if (!bound.ok) throw new Error(`could not bind the Playground to ${councilId}: ${bound.code}`);
  }
  const reference: ConversationReference = {
    channelId: 'msteams',
    serviceUrl: playground.serviceUrl,
    agent: { id: playground.bot.id, name: playground.bot.name },
    conversation: {
      id: playground.channel.id,
      name: playground.channel.name,
      conversationType: 'channel',
      isGroup: true,
      tenantId: playground.tenantId,
    },
  } as ConversationReference;
  await saveCouncilAddress(deps.directory, councilId, {
    reference,
    scope: 'channel',
    teamId: playground.team.id,
  });
}
