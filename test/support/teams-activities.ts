/**
 * Builders for the Bot Framework activities Teams posts to a bot's
 * /api/messages, shaped like Teams' own (channelId `msteams`, `29:` user ids
 * with an `aadObjectId`, `28:` bot id, `channelData.tenant`, a clientInfo
 * entity), with `serviceUrl` pointing at a FakeBotConnector.
 *
 * People, tenant and ids are invented. Usage:
 *
 *   const teams = teamsActivities({ serviceUrl: connector.serviceUrl });
 *   const chat = teams.personalChatWith(TEAMS_PEOPLE.secretary);
 *   await post(teams.message(TEAMS_PEOPLE.secretary, 'hjælp', chat));
 */
import { randomUUID } from 'node:crypto';

export interface TeamsAccount {
  /** `29:…` for users, `28:<app id>` for the bot. */
  id: string;
  name: string;
  /** Entra object id; Teams sends it for users only. */
  aadObjectId?: string;
  role?: 'user' | 'bot';
}

export interface TeamsConversation {
  id: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
  tenantId: string;
  isGroup?: boolean;
  name?: string;
}

/** Where an activity happens: the conversation plus Teams' channelData for it. */
export interface TeamsPlace {
  conversation: TeamsConversation;
  channelData: Record<string, unknown>;
}

/** The JSON Teams posts (a subset; what Rådsbot reads). */
export interface TeamsActivity {
  type: 'message' | 'invoke' | 'conversationUpdate' | 'installationUpdate';
  id: string;
  timestamp: string;
  localTimestamp: string;
  channelId: 'msteams';
  serviceUrl: string;
  from: TeamsAccount;
  recipient: TeamsAccount;
  conversation: TeamsConversation;
  channelData: Record<string, unknown>;
  locale: string;
  text?: string;
  textFormat?: 'plain';
  name?: string;
  value?: unknown;
  replyToId?: string;
  action?: 'add' | 'remove';
  membersAdded?: TeamsAccount[];
  membersRemoved?: TeamsAccount[];
  entities?: Record<string, unknown>[];
}

export const TEAMS_TENANT_ID = '5f1c2e8a-0b4d-4c7e-9a11-3d2f6b8c9e01';
export const TEAMS_BOT_APP_ID = '0b7e4c1a-6d2f-4a8b-9c3e-7f5d1a2b3c4d';

const user = (slug: string, name: string, aadObjectId: string): TeamsAccount => ({
  id: `29:1${slug}-Xq7Lr2`,
  name,
  aadObjectId,
  role: 'user',
});

/** A secretary who opens hearings, two members who vote, one outsider not on the roster. */
export const TEAMS_PEOPLE = {
  secretary: user('sekr-signe-holm', 'Signe Holm', '3a9d6f21-7c4b-4e0a-8f52-1b6e9c0d2a11'),
  memberA: user('medl-jonas-kjaer', 'Jonas Kjær', '8e2b5c47-1f9a-4d63-b0c8-5a7e3d1f4b22'),
  memberB: user('medl-amira-lund', 'Amira Lund', 'c41f0a93-2d6e-4b8c-9e75-0f3a8b6d2c33'),
  outsider: user('ude-per-bak', 'Per Bak', 'f7d3b1e5-9a2c-4f60-8d14-6c9e2a5b7d44'),
} as const;

export const TEAMS_BOT: TeamsAccount = {
  id: `28:${TEAMS_BOT_APP_ID}`,
  name: 'Rådsbot',
  role: 'bot',
};

export interface TeamsScene {
  serviceUrl: string;
  tenantId?: string;
  bot?: TeamsAccount;
  locale?: string;
}

export interface CardActionInput {
  verb: string;
  data?: Record<string, unknown>;
  /** Id of the message that carries the card (Teams sets it on every card invoke). */
  replyToId: string;
  /** `automatic` for a `refresh` invoke Teams makes when a user opens the card. */
  trigger?: 'manual' | 'automatic';
}

export function teamsActivities(scene: TeamsScene) {
  const tenantId = scene.tenantId ?? TEAMS_TENANT_ID;
  const bot = scene.bot ?? TEAMS_BOT;
  const locale = scene.locale ?? 'da-DK';
  let counter = 0;
  const nextId = (): string => `1732${String(100_000_000 + ++counter)}`;

  const base = (
    type: TeamsActivity['type'],
    from: TeamsAccount,
    place: TeamsPlace,
  ): TeamsActivity => {
    const now = new Date();
    return {
      type,
      id: type === 'message' ? nextId() : `f:${randomUUID()}`,
      timestamp: now.toISOString(),
      localTimestamp: now.toISOString().replace('Z', '+01:00'),
      channelId: 'msteams',
      serviceUrl: scene.serviceUrl,
      from,
      recipient: bot,
      conversation: place.conversation,
      channelData: place.channelData,
      locale,
      entities: [
        {
          type: 'clientInfo',
          locale,
          country: 'DK',
          platform: 'Web',
          timezone: 'Europe/Copenhagen',
        },
      ],
    };
  };

  return {
    bot,
    tenantId,

    /** The 1:1 chat between one person and the bot. */
    personalChatWith(person: TeamsAccount): TeamsPlace {
      return {
        conversation: {
          id: `a:1${person.id.slice(3)}-${bot.id.slice(3, 11)}`,
          conversationType: 'personal',
          tenantId,
        },
        channelData: { tenant: { id: tenantId } },
      };
    },

    /** The council's channel in a team (a top-level post, not a thread). */
    councilChannel(name = 'Byrådet'): TeamsPlace {
      const channelId = '19:raadet-kanal-4f2a9c@thread.tacv2';
      return {
        conversation: { id: channelId, conversationType: 'channel', isGroup: true, tenantId, name },
        channelData: {
          tenant: { id: tenantId },
          team: {
            id: '19:raadet-team-8b1d3e@thread.tacv2',
            name: `${name} (team)`,
            aadGroupId: '9b3f6d2e-4a1c-4e8f-a0b7-2c5d8e1f3a55',
          },
          channel: { id: channelId, name },
        },
      };
    },

    /** A group chat the bot was added to. */
    groupChat(topic = 'Udvalget'): TeamsPlace {
      return {
        conversation: {
          id: '19:udvalg-chat-71c0e5@thread.v2',
          conversationType: 'groupChat',
          isGroup: true,
          tenantId,
          name: topic,
        },
        channelData: { tenant: { id: tenantId } },
      };
    },

    /** A text message; in channels and group chats Teams prefixes `<at>Rådsbot</at>` and a mention entity. */
    message(from: TeamsAccount, text: string, place: TeamsPlace): TeamsActivity {
      const activity = base('message', from, place);
      if (place.conversation.conversationType === 'personal') {
        return { ...activity, text, textFormat: 'plain' };
      }
      const mention = `<at>${bot.name}</at>`;
      return {
        ...activity,
        text: `${mention} ${text}`,
        textFormat: 'plain',
        entities: [
          ...(activity.entities ?? []),
          { type: 'mention', text: mention, mentioned: { id: bot.id, name: bot.name } },
        ],
      };
    },

    /** A click on an `Action.Execute` button: invoke `adaptiveCard/action`. */
    cardAction(from: TeamsAccount, input: CardActionInput, place: TeamsPlace): TeamsActivity {
      return {
        ...base('invoke', from, place),
        name: 'adaptiveCard/action',
        replyToId: input.replyToId,
        value: {
          action: { type: 'Action.Execute', verb: input.verb, data: input.data ?? {} },
          trigger: input.trigger ?? 'manual',
        },
      };
    },

    /** Members (people, or the bot itself = installed) added to a conversation. */
    membersAdded(members: TeamsAccount[], place: TeamsPlace, by: TeamsAccount): TeamsActivity {
      const eventType =
        place.conversation.conversationType === 'personal' ? undefined : 'teamMemberAdded';
      return {
        ...base('conversationUpdate', by, place),
        membersAdded: members.map(({ id, name, aadObjectId }) => ({
          id,
          name,
          ...(aadObjectId ? { aadObjectId } : {}),
        })),
        channelData: { ...place.channelData, ...(eventType ? { eventType } : {}) },
      };
    },

    /** The bot added to a team, group chat or personal scope (`conversationUpdate` with the bot as member). */
    botInstalled(place: TeamsPlace, by: TeamsAccount): TeamsActivity {
      return this.membersAdded([bot], place, by);
    },

    /** Teams' separate `installationUpdate` activity (sent alongside the conversationUpdate). */
    installationUpdate(
      action: 'add' | 'remove',
      place: TeamsPlace,
      by: TeamsAccount,
    ): TeamsActivity {
      return { ...base('installationUpdate', by, place), action };
    },
  };
}

export type TeamsActivities = ReturnType<typeof teamsActivities>;
