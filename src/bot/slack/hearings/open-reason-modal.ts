import type { webApi } from '@slack/bolt';
import type { Choice } from '../../../domain/hearings/hearing.ts';
import { describeFailure, t } from '../../../i18n/hearings/index.ts';
import { presentHearing } from '../../present/hearings/hearing-presentation.ts';
import { reasonModal } from './reason-modal.ts';
import { identifySlackUser } from '../identify-slack-user.ts';
import type { Tell } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';

/** What the reason modal remembers between the click and the submission. */
export interface ReasonMetadata {
  /** Hearing id. */
  readonly h: string;
  /** response_url of the click, for the voter's confirmation. */
  readonly u?: string;
  /** Opened from the Home tab: confirm by re-publishing it. */
  readonly home?: boolean;
}

export function parseReasonMetadata(text: string): ReasonMetadata | undefined {
  try {
    const value = JSON.parse(text) as Partial<ReasonMetadata>;
    return typeof value.h === 'string'
      ? {
          h: value.h,
          ...(typeof value.u === 'string' ? { u: value.u } : {}),
          home: value.home === true,
        }
      : undefined;
  } catch {
    return undefined;
  }
}

export interface ReasonRequest {
  readonly client: webApi.WebClient;
  readonly teamId: string | undefined;
  readonly userId: string;
  readonly triggerId: string;
  readonly hearingId: string;
  readonly preselected?: Choice;
  readonly metadata: ReasonMetadata;
  readonly tell: Tell;
}

/** "Begrund": opens the reason modal for a hearing that is still open. */
export async function openReasonModal(deps: SlackDeps, request: ReasonRequest): Promise<void> {
  const who = await identifySlackUser(deps, request.teamId, request.userId);
  if (!who.ok) return request.tell(who.text);
  const locale = who.council.locale;
  const view = await deps.useCases.viewHearing({
    councilId: who.council.id,
    hearingId: request.hearingId,
    viewerId: who.member.id,
  });
  if (!view.ok) return request.tell(describeFailure(locale, view));
  if (view.value.hearing.state !== 'open') return request.tell(t(locale, 'error.hearing_not_open'));
  await request.client.views.open({
    trigger_id: request.triggerId,
    view: reasonModal(
      locale,
      presentHearing(view.value),
      JSON.stringify(request.metadata),
      request.preselected,
    ),
  });
}
