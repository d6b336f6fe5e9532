import type {
  Activity,
  ConversationParameters,
  ConversationReference,
} from '@microsoft/agents-activity';
import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import { deliveryErrorOf } from './delivery-error.ts';

/** Where Teams' own Bot Connector lives; the audience of its tokens. */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

/**
 * Proactive Bot Connector calls through the SDK's adapter. An error inside a
 * continueConversation turn would go to onTurnError and be swallowed, so each
 * call catches it inside the turn and throws it here, mapped for the outbox.
 */
export class Proactive {
  constructor(
    private readonly adapter: CloudAdapter,
    /** TEAMS_CLIENT_ID; any non-empty string in local mode. */
    private readonly botAppId: string,
  ) {}

  /** A new top-level post (or, for a `…;messageid=…` conversation, a reply in that thread); its activity id. */
  async post(reference: ConversationReference, activity: Activity, what: string): Promise<string> {
    let id: string | undefined;
    await this.inTurn(reference, what, async (context) => {
      // The continuation activity always has an id; without this the SDK would reply to it.
      context.onSendActivities(async (_context, activities, next) => {
        for (const sent of activities) delete sent.replyToId;
        return next();
      });
      id = (await context.sendActivity(activity))?.id;
    });
    if (!id) throw deliveryErrorOf(new Error('the connector returned no activity id'), what);
    return id;
  }

  /** Replaces an activity posted before (PUT …/activities/{id}). */
  async update(
    reference: ConversationReference,
    activityId: string,
    activity: Activity,
    what: string,
  ) {
    await this.inTurn(reference, what, async (context) => {
      activity.id = activityId;
      await context.updateActivity(activity);
    });
  }

  /** Opens a 1:1 chat with a user (POST /v3/conversations) and posts into it; the new chat's reference. */
  async createPersonalChat(
    target: { serviceUrl: string; tenantId?: string; botId: string; userId: string },
    activity: Activity,
    what: string,
  ): Promise<ConversationReference> {
    const parameters = {
      isGroup: false,
      agent: { id: target.botId },
      members: [{ id: target.userId }],
      ...(target.tenantId
        ? { tenantId: target.tenantId, channelData: { tenant: { id: target.tenantId } } }
        : {}),
    } as unknown as ConversationParameters;
    let reference: ConversationReference | undefined;
    let failure: unknown;
    try {
      await this.adapter.createConversationAsync(
        this.botAppId,
        'msteams',
        target.serviceUrl,
        CONNECTOR_AUDIENCE,
        parameters,
        async (context) => {
          try {
            reference = context.activity.getConversationReference();
            context.onSendActivities(async (_context, activities, next) => {
              for (const sent of activities) delete sent.replyToId;
              return next();
            });
            await context.sendActivity(activity);
          } catch (error) {
            failure = error;
          }
        },
      );
    } catch (error) {
      throw deliveryErrorOf(error, what);
    }
    if (failure !== undefined) throw deliveryErrorOf(failure, what);
    if (!reference) throw deliveryErrorOf(new Error('no conversation was created'), what);
    const { activityId: _activityId, ...forPosts } = reference;
    return forPosts;
  }

  private async inTurn(
    reference: ConversationReference,
    what: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    let failure: unknown;
    try {
      await this.adapter.continueConversation(this.botAppId, reference, async (context) => {
        try {
          await logic(context);
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      throw deliveryErrorOf(error, what);
    }
    if (failure !== undefined) throw deliveryErrorOf(failure, what);
  }
}
