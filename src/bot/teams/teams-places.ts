import type { Activity } from '@microsoft/agents-activity';

/**
 * Where an activity happened, and which "workspace" (ChatDirectory key) binds
 * it to a council:
 * - a team channel: the team (`team/<team id>`) — every channel of the team;
 * - a group chat: the chat itself (`chat/<conversation id>`);
 * - a personal chat: the tenant (`tenant/<tenant id>`), bound together with
 *   the first team or chat of that organisation (or by `tilknyt` in 1:1).
 */
export interface TeamsPlace {
  readonly scope: 'personal' | 'channel' | 'groupChat';
  readonly workspaceId: string;
  readonly tenantWorkspaceId: string | undefined;
  readonly tenantId: string | undefined;
  /** The conversation without a thread suffix (`19:…@thread.tacv2`, not `…;messageid=…`). */
  readonly conversationId: string;
  readonly teamId: string | undefined;
}

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string };
}

export const tenantWorkspace = (tenantId: string): string => `tenant/${tenantId}`;

export function placeOf(activity: Activity): TeamsPlace {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const conversation = activity.conversation;
  const tenantId = channelData.tenant?.id ?? conversation?.tenantId ?? undefined;
  const conversationId = (conversation?.id ?? '').split(';')[0] ?? '';
  const teamId = channelData.team?.id;
  const type = conversation?.conversationType;
  const tenantWorkspaceId = tenantId ? tenantWorkspace(tenantId) : undefined;
  if (type === 'channel' || (type === undefined && teamId !== undefined)) {
    const team = teamId ?? conversationId;
    return {
      scope: 'channel',
      workspaceId: `team/${team}`,
      tenantWorkspaceId,
      tenantId,
      conversationId,
      teamId: team,
    };
  }
  if (type === 'groupChat' || conversation?.isGroup) {
    return {
      scope: 'groupChat',
      workspaceId: `chat/${conversationId}`,
      tenantWorkspaceId,
      tenantId,
      conversationId,
      teamId: undefined,
    };
  }
  return {
    scope: 'personal',
    workspaceId: tenantWorkspaceId ?? `chat/${conversationId}`,
    tenantWorkspaceId,
    tenantId,
    conversationId,
    teamId: undefined,
  };
}
