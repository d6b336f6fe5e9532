import type { webApi } from '@slack/bolt';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { openHearingModal, type HearingDraft } from './open-hearing-modal.ts';
import { identifySlackUser } from '../identify-slack-user.ts';
import type { Tell } from '../listeners/reply.ts';
import { councilChannel, isSharedChannel } from '../slack-addresses.ts';
import type { SlackDeps } from '../slack-deps.ts';

export interface HearingFormRequest {
  readonly client: webApi.WebClient;
  readonly teamId: string | undefined;
  readonly userId: string;
  /** Valid 3 s from the click: the modal opens right after the ack. */
  readonly triggerId: string;
  readonly draft: Omit<HearingDraft, 'channel' | 'deadline'>;
  /** Where the request came from; preselected when it is a channel (not a DM). */
  readonly channelId?: string;
  readonly tell: Tell;
}

/**
 * Opens "Ny høring" for the secretariat and the chair group; anyone else is
 * told who can (the use case checks again at submission).
 */
export async function startHearingForm(
  deps: SlackDeps,
  request: HearingFormRequest,
): Promise<void> {
  const who = await identifySlackUser(deps, request.teamId, request.userId);
  if (!who.ok) return request.tell(who.text);
  if (!mayManageHearings(who.member))
    return request.tell(t(who.council.locale, 'error.not_allowed_to_open'));
  let channel = isSharedChannel(request.channelId) ? request.channelId : undefined;
  if (channel === undefined) {
    const saved = await councilChannel(deps.directory, who.council.id);
    if (saved?.teamId === request.teamId) channel = saved?.channel;
  }
  const deadline = await deps.useCases.suggestDeadline(who.council);
  await request.client.views.open({
    trigger_id: request.triggerId,
    view: openHearingModal(who.council, {
      ...request.draft,
      deadline,
      ...(channel ? { channel } : {}),
    }),
  });
}
