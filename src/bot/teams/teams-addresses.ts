import type { ConversationReference } from '@microsoft/agents-activity';
import type { ChatDirectory } from '../../app/ports.ts';

/**
 * What the Teams surface keeps in the ChatDirectory (opaque JSON to it):
 * - 'council': the conversation reference of the council's channel or chat;
 * - a member id: the member's Teams user id (for refresh.userIds and 1:1
 *   creation) and, once they have written to the bot 1:1, their personal
 *   conversation reference;
 * - per subject (a hearing, …): where its message was posted (MessageAddress);
 *   the message lifecycle adds which follow-ups were posted, so a retried
 *   delivery updates instead of posting twice.
 */
export interface CouncilAddress {
  readonly reference: ConversationReference;
  readonly scope: 'channel' | 'groupChat';
  readonly teamId?: string;
}

export interface MemberAddress {
  /** `29:…` in Teams, `user-id-N` in the Playground. */
  readonly userId: string;
  readonly tenantId?: string;
  readonly serviceUrl?: string;
  /** The bot's account id as the member's activities named it (for creating a 1:1 chat). */
  readonly botId?: string;
  /** The 1:1 chat with the bot, when known. */
  readonly reference?: ConversationReference;
}

/** Where a posted message (a hearing's card, …) is: the Teams part of its record in the ChatDirectory. */
export interface MessageAddress {
  readonly conversationId: string;
  readonly activityId: string;
  /** The conversation as it was reached when the message was posted. */
  readonly reference: ConversationReference;
  /** A reply in a channel thread: the id of the card it is under (its thread). */
  readonly threadOf?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isReference = (value: unknown): value is ConversationReference =>
  isObject(value) &&
  isObject(value['conversation']) &&
  typeof value['conversation']['id'] === 'string' &&
  typeof value['serviceUrl'] === 'string';

/** A reference for new posts: without the activity it was taken from (or the SDK replies to it). */
export function referenceForPosts(reference: ConversationReference): ConversationReference {
  const { activityId: _activityId, ...rest } = reference;
  const conversationId = rest.conversation.id.split(';')[0] ?? rest.conversation.id;
  return { ...rest, conversation: { ...rest.conversation, id: conversationId } };
}

export async function councilAddress(
  directory: ChatDirectory,
  councilId: string,
): Promise<CouncilAddress | undefined> {
  const stored = await directory.address(councilId, 'teams', 'council');
  return isObject(stored) && isReference(stored['reference'])
    ? (stored as unknown as CouncilAddress)
    : undefined;
}

export const saveCouncilAddress = (
  directory: ChatDirectory,
  councilId: string,
  address: CouncilAddress,
) => directory.saveAddress(councilId, 'teams', 'council', address);

export async function memberAddress(
  directory: ChatDirectory,
  councilId: string,
  memberId: string,
): Promise<MemberAddress | undefined> {
  const stored = await directory.address(councilId, 'teams', memberId);
  if (!isObject(stored) || typeof stored['userId'] !== 'string') return undefined;
  if (stored['reference'] !== undefined && !isReference(stored['reference'])) return undefined;
  return stored as unknown as MemberAddress;
}

export const saveMemberAddress = (
  directory: ChatDirectory,
  councilId: string,
  memberId: string,
  address: MemberAddress,
) => directory.saveAddress(councilId, 'teams', memberId, address);

/** The address in a stored message record; extra fields (follow-ups, older senders' fields) are left to their readers. */
export function messageAddressOf(
  record: Readonly<Record<string, unknown>>,
): MessageAddress | undefined {
  const { activityId, conversationId, reference } = record;
  if (typeof activityId !== 'string' || !isReference(reference)) return undefined;
  return {
    conversationId: typeof conversationId === 'string' ? conversationId : reference.conversation.id,
    activityId,
    reference,
  };
}
