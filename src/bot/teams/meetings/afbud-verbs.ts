import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import {
  afbudSentText,
  afbudWithdrawnText,
  meetingWhenText,
} from '../../present/meetings/meeting-dm-presentation.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import { noticeCard } from '../cards/notice-card.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import { afbudCard } from './afbud-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** Every afbud button's data: the meeting; the afbud card's own button adds `send` and the reason. */
const afbudData = z.looseObject({ meetingId: cardText, reason: cardText, send: cardText });
type AfbudData = z.output<typeof afbudData>;
const meetingData = z.looseObject({ meetingId: cardText });

const heading = (speaker: Pick<KnownSpeaker, 'council'>) =>
  t(speaker.council.locale, 'meeting.afbud.heading');

/** Who clicked, or the card that tells a stranger what to do. */
async function clicker(kit: TeamsKit, context: TurnContext): Promise<KnownSpeaker | AdaptiveCard> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok)
    return noticeCard(t(speaker.locale, 'meeting.afbud.heading'), [speaker.text], 'attention');
  return speaker;
}

/**
 * "Meld afbud" (the overview, App Home, a reminder): the first click shows
 * the afbud card with an optional reason, once the meeting is found ahead
 * and afbud is the clicker's to send; its button sends it. The answer says
 * who holds the seat now.
 */
async function afbud(kit: TeamsKit, context: TurnContext, data: AfbudData): Promise<CardAnswer> {
  const speaker = await clicker(kit, context);
  if (!('council' in speaker)) return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const refuse = (text: string) => noticeCard(heading(speaker), [text], 'attention');
  const meetingId = data.meetingId ?? '';
  if (data.send === undefined) {
    const view = await kit.deps.useCases.memberMeetingView({
      councilId: council.id,
      meetingId,
      memberId: member.id,
    });
    if (!view.ok) return refuse(describeFailure(locale, view));
    const { record, begun, hasAfbud, mayAfbud } = view.value;
    const { meeting } = record;
    if (meeting.status === 'cancelled') return refuse(t(locale, 'error.meeting_cancelled'));
    if (begun || !['planned', 'agenda_published'].includes(meeting.status))
      return refuse(t(locale, 'error.meeting_already_begun'));
    if (member.role === 'suppleant') return refuse(t(locale, 'error.afbud_by_substitute'));
    if (!mayAfbud) return refuse(t(locale, 'error.not_invited'));
    if (hasAfbud)
      return noticeCard(heading(speaker), [
        t(locale, 'meeting.afbud.repeat', {
          title: meeting.title,
          when: meetingWhenText(locale, meeting),
        }),
      ]);
    return afbudCard(locale, meeting);
  }
  const sent = await kit.deps.useCases.sendMeetingAfbud({
    councilId: council.id,
    actorId: member.id,
    meetingId,
    ...(data.reason === undefined ? {} : { reason: data.reason }),
  });
  if (!sent.ok) return refuse(describeFailure(locale, sent));
  return noticeCard(
    t(locale, 'meeting.afbud_modal.done_title'),
    [afbudSentText(locale, sent.value)],
    'good',
  );
}

/** "Træk afbud tilbage": the seat is the member's again, and the suppleant is told. */
async function withdrawAfbud(
  kit: TeamsKit,
  context: TurnContext,
  data: z.output<typeof meetingData>,
): Promise<CardAnswer> {
  const speaker = await clicker(kit, context);
  if (!('council' in speaker)) return speaker;
  const locale = speaker.council.locale;
  const withdrawn = await kit.deps.useCases.withdrawMeetingAfbud({
    councilId: speaker.council.id,
    actorId: speaker.member.id,
    meetingId: data.meetingId ?? '',
  });
  return withdrawn.ok
    ? noticeCard(heading(speaker), [afbudWithdrawnText(locale, withdrawn.value)], 'good')
    : noticeCard(heading(speaker), [describeFailure(locale, withdrawn)], 'attention');
}

/** "Jeg kommer": the answer the afbud reminder waits for; it takes back one's afbud too. */
async function coming(
  kit: TeamsKit,
  context: TurnContext,
  data: z.output<typeof meetingData>,
): Promise<CardAnswer> {
  const speaker = await clicker(kit, context);
  if (!('council' in speaker)) return speaker;
  const locale = speaker.council.locale;
  const marked = await kit.deps.useCases.markComing({
    councilId: speaker.council.id,
    actorId: speaker.member.id,
    meetingId: data.meetingId ?? '',
  });
  if (!marked.ok)
    return noticeCard(heading(speaker), [describeFailure(locale, marked)], 'attention');
  const { meeting } = marked.value.record;
  const lines = [
    t(locale, 'meeting.coming.noted', {
      title: meeting.title,
      when: meetingWhenText(locale, meeting),
    }),
  ];
  if (marked.value.withdrewAfbud) lines.push(t(locale, 'cli.attendance.coming_withdrew_afbud'));
  return noticeCard(heading(speaker), lines, 'good');
}

/** Afbud for a meeting from any card that draws its buttons; the council is always the clicker's. */
export const afbudVerbs: readonly CardVerb[] = [
  defineVerb(meetingVerbNames.afbud, afbudData, afbud),
  defineVerb(meetingVerbNames.withdrawAfbud, meetingData, withdrawAfbud),
  defineVerb(meetingVerbNames.coming, meetingData, coming),
];
