import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { describeFailure, t } from '../../../i18n/hearings/index.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import type { TeamsKit } from '../handlers/teams-kit.ts';
import { manageVerbs } from './manage-hearing.ts';
import { openHearingVerb } from './open-hearing-verb.ts';
import { voteVerb } from './vote-verb.ts';
import { hearingViewFor, hearingCardFor } from './hearing-view.ts';

/** Teams asks for a user's own view (refresh.userIds), or someone pressed "Vis mit svar". */
async function refresh(
  kit: TeamsKit,
  context: TurnContext,
  { hearingId }: { hearingId: string | undefined },
): Promise<CardAnswer> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) {
    if (speaker.councilId === undefined || hearingId === undefined) return speaker.text;
    const shared = await hearingViewFor(kit, speaker.councilId, hearingId);
    return shared.ok ? hearingCardFor(kit, shared.value) : speaker.text;
  }
  if (hearingId === undefined) return t(speaker.council.locale, 'error.hearing_not_found');
  const view = await hearingViewFor(kit, speaker.council.id, hearingId, speaker.member);
  return view.ok ? hearingCardFor(kit, view.value) : describeFailure(speaker.council.locale, view);
}

const refreshVerb = defineVerb('refresh', z.looseObject({ hearingId: cardText }), refresh);

/** Every card verb of hearings: answering, refreshing one's own view, opening, managing. */
export const hearingVerbs: readonly CardVerb[] = [
  voteVerb,
  refreshVerb,
  openHearingVerb,
  ...manageVerbs,
];
