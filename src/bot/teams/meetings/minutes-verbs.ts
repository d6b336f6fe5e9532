import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { Council } from '../../../domain/council/council.ts';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import {
  approvalCount,
  clockOfInstant,
  localMomentText,
} from '../../present/meetings/minutes-summary.ts';
import { remarkRefusal } from '../../present/meetings/minutes-status.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import {
  closeMinutesCard,
  generateMinutesCard,
  minutesInputIds,
  remarkCard,
} from './minutes-cards.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** What the minutes' buttons send: the meeting, and the form's inputs when there is a form. */
const minutesData = z.looseObject({
  meetingId: cardText,
  title: cardText,
  [minutesInputIds.deadlineDate]: cardText,
  [minutesInputIds.deadlineTime]: cardText,
  [minutesInputIds.remark]: cardText,
  confirmed: z
    .unknown()
    .optional()
    .transform((value) => value === true || value === 'true'),
});
type MinutesData = z.output<typeof minutesData>;

type Step = (
  kit: TeamsKit,
  speaker: KnownSpeaker,
  meetingId: string,
  data: MinutesData,
) => Promise<CardAnswer>;

/** A minutes verb: only for someone the council knows; the council is theirs, never the data's. */
const minutesVerb = (name: string, step: Step): CardVerb =>
  defineVerb(name, minutesData, async (kit, context: TurnContext, data) => {
    const speaker = await kit.speaker(context.activity);
    if (!speaker.ok) return speaker.text;
    return step(kit, speaker, data.meetingId ?? '', data);
  });

/**
 * The form, for the secretariat and the chair group only, and only for a
 * meeting whose minutes may still be sent; anyone else gets a sentence.
 */
export async function generateMinutesForm(
  kit: TeamsKit,
  { council, member }: KnownSpeaker,
  meetingId: string,
): Promise<AdaptiveCard | string> {
  const locale = council.locale;
  if (!mayManageHearings(member))
    return describeFailure(locale, { code: 'not_allowed_to_manage_meetings' });
  const shown = await kit.deps.useCases.showMeeting({ councilId: council.id, meetingId });
  if (!shown.ok) return describeFailure(locale, shown);
  const { meeting } = shown.value;
  const refusal =
    meeting.status === 'cancelled'
      ? 'meeting_cancelled'
      : meeting.status === 'minutes_sent'
        ? 'minutes_already_sent'
        : meeting.status === 'minutes_approved'
          ? 'minutes_already_approved'
          : undefined;
  if (refusal !== undefined) return describeFailure(locale, { code: refusal });
  const suggested = await kit.deps.useCases.suggestMinutesDeadline({ councilId: council.id });
  if (!suggested.ok) return describeFailure(locale, suggested);
  const [date = '', time = '12:00'] = suggested.value.split('T');
  return generateMinutesCard(council, meeting, { date, time });
}

function approvedText(
  council: Council,
  approved: {
    readonly added: boolean;
    readonly approval: { readonly approvedAt: string };
    readonly record: { readonly meeting: { readonly title: string } };
  },
): string {
  return t(
    council.locale,
    approved.added ? 'minutes.chat.you_approved' : 'minutes.chat.already_approved',
    {
      title: approved.record.meeting.title,
      at: clockOfInstant(council, approved.approval.approvedAt),
    },
  );
}

const sendMinutes: Step = async (kit, { council, member }, meetingId, data) => {
  const locale = council.locale;
  const date = data[minutesInputIds.deadlineDate];
  const time = data[minutesInputIds.deadlineTime];
  const form = (error: string) =>
    generateMinutesCard(
      council,
      { id: meetingId, title: data.title ?? '' },
      { date: date ?? '', time: time ?? '' },
      error,
    );
  if (date === undefined || time === undefined)
    return form(t(locale, 'minutes.chat.deadline_missing'));
  const sent = await kit.deps.useCases.sendMinutesForApproval({
    councilId: council.id,
    actorId: member.id,
    meetingId,
    deadline: `${date}T${time}`,
  });
  if (!sent.ok && sent.field === 'deadline') return form(describeFailure(locale, sent));
  if (!sent.ok) return describeFailure(locale, sent);
  const { record, round, participants } = sent.value;
  return t(locale, 'minutes.chat.sent', {
    title: record.meeting.title,
    count: participants.length,
    deadline: localMomentText(locale, round.deadline),
  });
};

const approve: Step = async (kit, { council, member }, meetingId) => {
  const approved = await kit.deps.useCases.approveMinutes({
    councilId: council.id,
    actorId: member.id,
    meetingId,
  });
  return approved.ok
    ? approvedText(council, approved.value)
    : describeFailure(council.locale, approved);
};

const saveRemark: Step = async (kit, { council, member }, meetingId, data) => {
  const locale = council.locale;
  const remark = data[minutesInputIds.remark];
  if (remark === undefined)
    return remarkCard(council, meetingId, t(locale, 'minutes.chat.remark_missing'));
  const approved = await kit.deps.useCases.approveMinutes({
    councilId: council.id,
    actorId: member.id,
    meetingId,
    comment: remark,
  });
  if (!approved.ok && approved.field === 'comment')
    return remarkCard(council, meetingId, describeFailure(locale, approved));
  if (!approved.ok) return describeFailure(locale, approved);
  return [
    approvedText(council, approved.value),
    approved.value.added
      ? t(locale, 'minutes.chat.your_remark', { comment: remark })
      : t(locale, 'minutes.chat.remark_kept'),
  ].join('\n\n');
};

/** First the question (it cannot be undone), then, confirmed, the close. */
const close: Step = async (kit, { council, member }, meetingId, data) => {
  const locale = council.locale;
  const input = { councilId: council.id, actorId: member.id, meetingId };
  if (!data.confirmed) {
    const checked = await kit.deps.useCases.closeMinutesApproval({ ...input, onlyCheck: true });
    if (!checked.ok) return describeFailure(locale, checked);
    const status = await kit.deps.useCases.minutesApprovalStatus({
      councilId: council.id,
      meetingId,
    });
    const counts = status.ok ? approvalCount(status.value) : { approved: 0, total: 0 };
    return closeMinutesCard(council, meetingId, { title: checked.value.meeting.title, ...counts });
  }
  const closed = await kit.deps.useCases.closeMinutesApproval(input);
  return closed.ok
    ? t(locale, 'minutes.chat.closed', { title: closed.value.meeting.title })
    : describeFailure(locale, closed);
};

/**
 * The referat's buttons in Teams: "Generér referat" (the form), its submit,
 * "Godkend referat", "Bemærkning til referatet" and its submit, and "Luk
 * godkendelse" (asks, then closes). Every answer is for the person who clicked.
 */
export const minutesVerbs: readonly CardVerb[] = [
  minutesVerb(meetingVerbNames.generateMinutes, (kit, speaker, meetingId) =>
    generateMinutesForm(kit, speaker, meetingId),
  ),
  minutesVerb(meetingVerbNames.sendMinutes, sendMinutes),
  minutesVerb(meetingVerbNames.approveMinutes, approve),
  minutesVerb(meetingVerbNames.remarkOnMinutes, async (kit, { council, member }, meetingId) => {
    const status = await kit.deps.useCases.minutesApprovalStatus({
      councilId: council.id,
      meetingId,
    });
    if (!status.ok) return describeFailure(council.locale, status);
    const refusal = remarkRefusal(status.value, member.id);
    if (refusal !== undefined) return describeFailure(council.locale, { code: refusal });
    const earlier = status.value.approved.find((approved) => approved.member.id === member.id);
    return earlier === undefined
      ? remarkCard(council, meetingId)
      : t(council.locale, 'minutes.chat.remark_after_approval', {
          title: status.value.record.meeting.title,
          at: clockOfInstant(council, earlier.approval.approvedAt),
        });
  }),
  minutesVerb(meetingVerbNames.saveMinutesRemark, saveRemark),
  minutesVerb(meetingVerbNames.closeMinutes, close),
];
