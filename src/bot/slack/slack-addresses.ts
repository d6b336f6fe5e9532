import type { ChatDirectory } from '../../app/ports.ts';

/**
 * What the Slack surface keeps in the ChatDirectory (opaque JSON to it).
 *
 * The council's channel — where a new hearing is posted — is the channel
 * chosen in the last submitted "Ny høring" form. The form preselects the
 * channel /hoering was typed in (or the message's channel for the
 * shortcut); from a DM or the Home tab it preselects the remembered one. So
 * the secretariat sets the channel by simply using /hoering there, and can
 * move it the same way. DMs never become the council's channel.
 */
export interface ChannelAddress {
  readonly teamId: string;
  readonly channel: string;
}

/** Where a posted message is (a hearing's, …): the Slack part of its record in the ChatDirectory. */
export interface MessageAddress extends ChannelAddress {
  readonly ts: string;
}

/** A member's DM channel with the bot, so reminders skip conversations.open next time. */
export interface MemberDm extends ChannelAddress {
  readonly userId: string;
}

/** Public (C…) and private (G…) channels; D… are DMs. */
export const isSharedChannel = (id: string | undefined): id is string =>
  id !== undefined && /^[CG][A-Z0-9]+$/.test(id);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const str = (record: Record<string, unknown>, key: string): string | undefined =>
  typeof record[key] === 'string' ? record[key] : undefined;

function channelAddress(value: unknown): ChannelAddress | undefined {
  if (!isRecord(value)) return undefined;
  const teamId = str(value, 'teamId');
  const channel = str(value, 'channel');
  return teamId && channel ? { teamId, channel } : undefined;
}

export async function councilChannel(
  directory: ChatDirectory,
  councilId: string,
): Promise<ChannelAddress | undefined> {
  return channelAddress(await directory.address(councilId, 'slack', 'council'));
}

export async function rememberCouncilChannel(
  directory: ChatDirectory,
  councilId: string,
  address: ChannelAddress,
) {
  await directory.saveAddress(councilId, 'slack', 'council', address);
}

/** The address in a stored message record; extra fields (follow-ups, older senders' fields) are left to their readers. */
export function messageAddressOf(
  record: Readonly<Record<string, unknown>>,
): MessageAddress | undefined {
  const base = channelAddress(record);
  const ts = str(record, 'ts');
  return base && ts ? { ...base, ts } : undefined;
}

export async function memberDm(
  directory: ChatDirectory,
  councilId: string,
  memberId: string,
): Promise<MemberDm | undefined> {
  const value = await directory.address(councilId, 'slack', memberId);
  const base = channelAddress(value);
  const userId = isRecord(value) ? str(value, 'userId') : undefined;
  return base && userId ? { ...base, userId } : undefined;
}

export async function rememberMemberDm(
  directory: ChatDirectory,
  councilId: string,
  memberId: string,
  dm: MemberDm,
) {
  await directory.saveAddress(councilId, 'slack', memberId, dm);
}
