import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { holdsSeat } from '../../../domain/council/roster.ts';
import { describeFailure, formatDate, t } from '../../../i18n/council/index.ts';
import { absenceRecordedText } from '../../present/council/absence-presentation.ts';
import { afbudSentText } from '../../present/meetings/index.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import { noticeCard } from '../cards/notice-card.ts';
import { formSender } from '../handlers/form-sender.ts';
import type { TeamsKit } from '../handlers/teams-kit.ts';
import { ownSeatHearings } from './own-seat-hearings.ts';
import { absenceForm } from './absence-form.ts';
import { decideBinding, keptBinding } from './bind-conversation.ts';
import { upcomingAfbudMeetings } from './upcoming-afbud-meetings.ts';

/** The afbud form: an upcoming meeting, one open hearing, or a period from–to (dates as the card's date inputs send them). */
const absenceData = z.looseObject({
  meetingId: cardText,
  hearingId: cardText,
  from: cardText,
  to: cardText,
});
type AbsenceData = z.output<typeof absenceData>;

/**
 * The council's card verbs: afbud from its form, and the answers on the
 * card that asks whether a place bound to another council should move
 * ("Ja, flyt" / "Fortryd").
 */
export const councilVerbs: readonly CardVerb[] = [
  defineVerb('registerAbsence', absenceData, registerAbsence),
  defineVerb('moveBinding', z.looseObject({ councilId: cardText }), (kit, context, data) =>
    decideBinding(kit, context, data.councilId, true),
  ),
  defineVerb('keepBinding', z.looseObject({ from: cardText }), (kit, _context, data) =>
    keptBinding(kit, data.from),
  ),
];

async function registerAbsence(
  kit: TeamsKit,
  context: TurnContext,
  { meetingId, hearingId, from, to }: AbsenceData,
): Promise<CardAnswer> {
  const speaker = await formSender(
    kit,
    context,
    'teams.absence.heading',
    holdsSeat,
    'error.no_voting_right',
  );
  if (!('council' in speaker)) return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const values = {
    ...(meetingId ? { meetingId } : {}),
    ...(hearingId ? { hearingId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const again = async (problem: string) =>
    absenceForm(
      council,
      await ownSeatHearings(kit, speaker),
      values,
      problem,
      await upcomingAfbudMeetings(kit, speaker),
    );

  if (meetingId) {
    // Afbud for a meeting: the suppleant holds the seat in it and in the hearings on its agenda.
    const sent = await kit.deps.useCases.sendMeetingAfbud({
      councilId: council.id,
      actorId: member.id,
      meetingId,
    });
    if (!sent.ok) return again(describeFailure(locale, sent));
    return noticeCard(
      t(locale, 'teams.absence.heading'),
      [afbudSentText(locale, sent.value)],
      'good',
    );
  }

  let result;
  if (hearingId)
    result = await kit.deps.useCases.registerAbsence({
      councilId: council.id,
      memberId: member.id,
      hearingId,
    });
  else if (from && to)
    result = await kit.deps.useCases.registerAbsence({
      councilId: council.id,
      memberId: member.id,
      from,
      to,
    });
  else return again(t(locale, 'absence.choose'));
  if (!result.ok) return again(describeFailure(locale, result));

  const scope = result.value.scope;
  let what: Parameters<typeof absenceRecordedText>[2];
  if (scope.kind === 'hearing') {
    const view = await kit.deps.useCases.viewHearing({
      councilId: council.id,
      hearingId: scope.hearingId,
      withAudit: false,
    });
    what = { title: view.ok ? view.value.hearing.title : scope.hearingId };
  } else {
    what = { from: formatDate(locale, scope.from), to: formatDate(locale, scope.to) };
  }
  const text = absenceRecordedText(locale, result.value, what);
  return noticeCard(t(locale, 'teams.absence.heading'), [text], 'good');
}
