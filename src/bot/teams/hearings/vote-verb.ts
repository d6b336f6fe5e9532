import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { choices } from '../../../domain/hearings/hearing.ts';
import { describeFailure, t } from '../../../i18n/hearings/index.ts';
import { choiceLabel } from '../../present/hearings/hearing-presentation.ts';
import { viewerStance, type JustDone } from '../../present/hearings/viewer-stance.ts';
import { cardOrigin, cardText, defineVerb, type CardAnswer } from '../card-verbs.ts';
import { stringIn, type TeamsKit } from '../handlers/teams-kit.ts';
import { reasonInputId } from './hearing-card.ts';
import { myHearingsCardFor } from './my-hearings.ts';
import { hearingViewFor, hearingCardFor } from './hearing-view.ts';

/**
 * What a vote button sends: the hearing, the answer, where it was pressed
 * (its card, or "mine høringer") and the card's reason input, named after
 * both (reasonInputId). An answer that is not one of ours is read as none,
 * and refused as an invalid answer in the voter's language.
 */
const voteData = z.looseObject({
  hearingId: cardText,
  choice: cardText.transform((text) => choices.find((choice) => choice === text)),
  origin: cardOrigin('card'),
});
type VoteData = z.output<typeof voteData>;

/** For / Imod / Undlader (and the reason with it), on a hearing card or in "mine høringer". */
export const voteVerb = defineVerb(
  'vote',
  voteData,
  (kit, context, data) => vote(kit, context, data),
  {
    // The fallback Action.Submit of a client without universal actions: answered in a message.
    submitted: async (kit, context, data) => {
      const answer = await vote(kit, context, data, { textOnly: true });
      return typeof answer === 'string' ? answer : undefined;
    },
  },
);

/** For someone the council does not know: the shared card with the reason and no buttons, or just the reason. */
async function forStranger(
  kit: TeamsKit,
  speaker: Exclude<Awaited<ReturnType<TeamsKit['speaker']>>, { ok: true }>,
  hearingId: string | undefined,
): Promise<CardAnswer> {
  if (speaker.councilId === undefined || hearingId === undefined) return speaker.text;
  const view = await hearingViewFor(kit, speaker.councilId, hearingId);
  if (!view.ok) return speaker.text;
  return hearingCardFor(kit, view.value, { justDone: { kind: 'refused', text: speaker.text } });
}

async function vote(
  kit: TeamsKit,
  context: TurnContext,
  data: VoteData,
  options: { textOnly?: boolean } = {},
): Promise<CardAnswer> {
  const { hearingId, choice, origin } = data;
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return options.textOnly ? speaker.text : forStranger(kit, speaker, hearingId);
  const { council, member } = speaker;
  if (hearingId === undefined || choice === undefined)
    return describeFailure(council.locale, {
      code: 'invalid_input',
      field: 'choice',
      params: { problem: 'invalid' },
    });
  const reason = hearingId ? stringIn(data, reasonInputId(origin, hearingId)) : undefined;

  const cast = await kit.deps.useCases.castBallot({
    councilId: council.id,
    hearingId,
    actorId: member.id,
    choice,
    ...(reason === undefined ? {} : { reason }),
  });
  const locale = council.locale;
  if (!cast.ok && options.textOnly) return describeFailure(locale, cast);
  const view = await hearingViewFor(kit, council.id, hearingId, member);
  if (!view.ok) return describeFailure(locale, view);
  const justDone: JustDone = cast.ok
    ? { kind: 'cast', receipt: cast.value }
    : {
        kind: 'refused',
        text: describeFailure(locale, cast),
        ...(cast.field === undefined ? {} : { field: cast.field }),
      };
  const stance = viewerStance(view.value, justDone);
  // A client without universal actions gets a message: never an empty one.
  if (options.textOnly)
    return (
      stance.line ??
      (cast.ok
        ? t(locale, 'ballot.recorded', {
            choice: choiceLabel(locale, view.value.hearing, cast.value.ballot.choice),
          })
        : describeFailure(locale, cast))
    );
  const reasonError =
    !cast.ok && cast.field === 'reason' ? describeFailure(locale, cast) : undefined;
  if (origin === 'mine') {
    // The list shows this hearing with the same one line as its own card would.
    const notice =
      stance.line === undefined || stance.tone === 'plain'
        ? undefined
        : { text: stance.line, tone: stance.tone };
    return myHearingsCardFor(kit, speaker, {
      ...(notice ? { notices: { [hearingId]: notice } } : {}),
      ...(reasonError ? { reasonErrors: { [hearingId]: reasonError } } : {}),
    });
  }
  return hearingCardFor(kit, view.value, { justDone, ...(reasonError ? { reasonError } : {}) });
}
