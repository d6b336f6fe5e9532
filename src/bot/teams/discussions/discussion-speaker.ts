import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { t } from '../../../i18n/discussions/index.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';

/** Every discussion verb's data: the discussion (the council is who clicked). */
export const discussionId = z.string().trim().min(1).max(200);
export const discussionData = z.looseObject({ discussionId });

/** The secretariat and the chair group run discussions, as they run hearings and meetings. */
export const mayManageDiscussions = mayManageHearings;

/** Who clicked, if they are on the council's roster; else what to tell them. */
export async function knownSpeaker(
  kit: TeamsKit,
  context: TurnContext,
): Promise<KnownSpeaker | string> {
  const speaker = await kit.speaker(context.activity);
  return speaker.ok ? speaker : speaker.text;
}

/**
 * Who clicked, if they may run discussions: anyone else is told so in a
 * line, and nothing changes.
 */
export async function discussionManager(
  kit: TeamsKit,
  context: TurnContext,
): Promise<KnownSpeaker | string> {
  const speaker = await knownSpeaker(kit, context);
  if (typeof speaker === 'string') return speaker;
  if (!mayManageDiscussions(speaker.member))
    return t(speaker.council.locale, 'teams.discussion.not_allowed');
  return speaker;
}

/** Confirmation buttons send `confirmed: true`; anything else asks first. */
export const confirmedFlag = z
  .unknown()
  .optional()
  .transform((value) => value === true || value === 'true');
