import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { Council } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { describeFailure, t } from '../../../i18n/hearings/index.ts';
import { closePreviewText, remindNowAnswer } from '../../present/hearings/manage-presentation.ts';
import { cardOrigin, cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import { closeConfirmationCard } from './close-confirmation-card.ts';
import type { ManageNotice } from './manage-section.ts';
import { myHearingsCardFor } from './my-hearings.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import { hearingViewFor, hearingCardFor } from './hearing-view.ts';

type Answer = CardAnswer;
type Origin = 'card' | 'mine';

/**
 * What a management button sends: the hearing, where it was pressed (the
 * hearing card; else "mine høringer") and, on "Ja, luk høringen", the
 * outlook the person saw when they were asked.
 */
const manageData = z.looseObject({
  hearingId: cardText,
  origin: cardOrigin('mine'),
  seen: cardText,
});
type ManageData = z.output<typeof manageData>;

type Step = (
  kit: TeamsKit,
  speaker: KnownSpeaker,
  hearingId: string,
  origin: Origin,
  data: ManageData,
) => Promise<Answer>;

/** A management verb: only for someone the council knows, about a hearing named on the button. */
const manageVerb = (name: string, step: Step) =>
  defineVerb(name, manageData, async (kit, context: TurnContext, data) => {
    const speaker = await kit.speaker(context.activity);
    if (!speaker.ok) return speaker.text;
    if (data.hearingId === undefined) return t(speaker.council.locale, 'error.hearing_not_found');
    return step(kit, speaker, data.hearingId, data.origin, data);
  });

/**
 * The secretariat's and the chair group's actions on an open hearing, by verb:
 * "Påmind nu" (remindNow), and closing early in two steps — closeHearing asks
 * (what closing now leads to), confirmClose closes, cancelClose changes nothing.
 * Anyone else is refused in words, never silently.
 */
export const manageVerbs: readonly CardVerb[] = [
  manageVerb('remindNow', (kit, speaker, hearingId, origin) =>
    remind(kit, speaker, hearingId, origin),
  ),
  manageVerb('closeHearing', (kit, speaker, hearingId, origin) =>
    askToClose(kit, speaker, hearingId, origin),
  ),
  manageVerb('confirmClose', confirmClose),
  manageVerb('cancelClose', (kit, speaker, hearingId, origin) =>
    backTo(kit, speaker, hearingId, origin, {
      text: t(speaker.council.locale, 'manage.close_cancelled'),
      tone: 'good',
    }),
  ),
];

async function remind(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  hearingId: string,
  origin: Origin,
): Promise<Answer> {
  const { council, member } = speaker;
  const reminded = await kit.deps.useCases.remindNow({
    councilId: council.id,
    hearingId,
    actorId: member.id,
  });
  return backTo(
    kit,
    speaker,
    hearingId,
    origin,
    reminded.ok
      ? remindNowAnswer(council.locale, council.timeZone, reminded.value)
      : failureNotice(council, reminded),
  );
}

/** The first step: nothing is closed yet, only said what closing now would lead to. */
async function askToClose(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  hearingId: string,
  origin: Origin,
): Promise<Answer> {
  const { council, member } = speaker;
  const preview = await kit.deps.useCases.previewCloseHearing({
    councilId: council.id,
    hearingId,
    actorId: member.id,
  });
  if (!preview.ok) return backTo(kit, speaker, hearingId, origin, failureNotice(council, preview));
  const { hearing, ...outlook } = preview.value;
  return closeConfirmationCard(
    council,
    hearing,
    closePreviewText(council.locale, hearing.mode, outlook),
    { origin },
  );
}

/**
 * Closes only if what closing leads to is still what the person confirmed;
 * if answers came in meanwhile, they are shown the new outlook to confirm again.
 */
async function confirmClose(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  hearingId: string,
  origin: Origin,
  data: ManageData,
): Promise<Answer> {
  const { council, member } = speaker;
  const preview = await kit.deps.useCases.previewCloseHearing({
    councilId: council.id,
    hearingId,
    actorId: member.id,
  });
  if (!preview.ok) return backTo(kit, speaker, hearingId, origin, failureNotice(council, preview));
  const { hearing, ...outlook } = preview.value;
  const text = closePreviewText(council.locale, hearing.mode, outlook);
  if (text !== data.seen)
    return closeConfirmationCard(council, hearing, text, { origin, changed: true });

  const closed = await kit.deps.useCases.closeHearing({
    councilId: council.id,
    hearingId,
    actorId: member.id,
  });
  const notice = closed.ok
    ? {
        text: t(council.locale, 'teams.card.closed_done', {
          outcome: closed.value.result
            ? t(council.locale, `outcome.${closed.value.result.outcome}`)
            : t(council.locale, 'state.closed'),
        }),
        tone: 'good' as const,
      }
    : failureNotice(council, closed);
  return backTo(kit, speaker, hearingId, origin, notice, { includeClosed: closed.ok });
}

/** Back where the person pressed: "mine høringer", or the hearing card, with a line on what happened. */
async function backTo(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  hearingId: string,
  origin: Origin,
  notice: ManageNotice,
  options: { includeClosed?: boolean } = {},
): Promise<Answer> {
  const { council, member } = speaker;
  if (origin === 'mine')
    return myHearingsCardFor(kit, speaker, {
      // A hearing that just closed has left the open list; it stays once, with the notice.
      ...(options.includeClosed ? { includeClosed: [hearingId] } : {}),
      // Under the hearing's management section, or — for someone who has none — under the hearing.
      ...(mayManageHearings(member) && !options.includeClosed
        ? { manageNotices: { [hearingId]: notice } }
        : { notices: { [hearingId]: notice } }),
    });
  const view = await hearingViewFor(kit, council.id, hearingId, member);
  return view.ok
    ? hearingCardFor(kit, view.value, { notice })
    : describeFailure(council.locale, view);
}

const failureNotice = (council: Council, failure: Failure): ManageNotice => ({
  text: describeFailure(council.locale, failure),
  tone: 'attention',
});
