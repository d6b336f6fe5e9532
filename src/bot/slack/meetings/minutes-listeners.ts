import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import type { ChatActor } from '../../../app/council/identify-member.ts';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { approvalCount, clockOfInstant } from '../../present/meetings/minutes-summary.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { elementOf, textOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { ephemeralTo, type Tell } from '../listeners/reply.ts';
import { refreshHome, tellClicker } from './click-reply.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { meetingActionIds, meetingCallbackIds } from './meeting-ids.ts';
import {
  closeMinutesModal,
  generateMinutesModal,
  meetingOfMetadata,
  minutesBlockIds,
  remarkModal,
} from './minutes-modals.ts';
import { localMomentText } from '../../present/meetings/minutes-summary.ts';
import { remarkRefusal } from '../../present/meetings/minutes-status.ts';
import type { MinutesApprovalView } from '../../../app/meetings/approve-minutes.ts';

/** The member's approval in this round, when they have already given it. */
const approvalOf = (view: MinutesApprovalView, memberId: string) =>
  view.approved.find(({ member }) => member.id === memberId)?.approval;

type ButtonClick = BlockAction<ButtonAction>;

/** What opening the "Generér referat" form needs: who asks, where to answer, the trigger. */
export interface GenerateRequest {
  readonly client: webApi.WebClient;
  readonly teamId: string | undefined;
  readonly userId: string;
  readonly triggerId: string;
  readonly meetingId: string;
  readonly tell: Tell;
}

/**
 * Opens the form, for the secretariat and the chair group only, and only for
 * a meeting whose minutes may still be sent: anyone else, or a meeting
 * already sent, cancelled or not found, gets a sentence and nothing opens.
 */
export async function openGenerateMinutes(deps: SlackDeps, request: GenerateRequest) {
  const who = await identifySlackUser(deps, request.teamId, request.userId);
  if (!who.ok) return request.tell(who.text);
  const { council, member } = who;
  const locale = council.locale;
  if (!mayManageHearings(member))
    return request.tell(describeFailure(locale, { code: 'not_allowed_to_manage_meetings' }));
  const shown = await deps.useCases.showMeeting({
    councilId: council.id,
    meetingId: request.meetingId,
  });
  if (!shown.ok) return request.tell(describeFailure(locale, shown));
  const { meeting } = shown.value;
  const refusal =
    meeting.status === 'cancelled'
      ? 'meeting_cancelled'
      : meeting.status === 'minutes_sent'
        ? 'minutes_already_sent'
        : meeting.status === 'minutes_approved'
          ? 'minutes_already_approved'
          : undefined;
  if (refusal !== undefined) return request.tell(describeFailure(locale, { code: refusal }));
  const suggested = await deps.useCases.suggestMinutesDeadline({ councilId: council.id });
  if (!suggested.ok) return request.tell(describeFailure(locale, suggested));
  await request.client.views.open({
    trigger_id: request.triggerId,
    view: generateMinutesModal(locale, meeting, suggested.value),
  });
}

/** The member's answer to an approval, with the time it counts from. */
function approvedText(
  actor: ChatActor,
  approved: {
    added: boolean;
    approval: { approvedAt: string };
    record: { meeting: { title: string } };
  },
): string {
  return t(
    actor.council.locale,
    approved.added ? 'minutes.chat.you_approved' : 'minutes.chat.already_approved',
    {
      title: approved.record.meeting.title,
      at: clockOfInstant(actor.council, approved.approval.approvedAt),
    },
  );
}

const deadlineOf = (values: ViewStateValues): string | undefined => {
  const date = elementOf(values, minutesBlockIds.deadlineDate).selected_date;
  const time = elementOf(values, minutesBlockIds.deadlineTime).selected_time;
  return date && time ? `${date}T${time}` : undefined;
};

/**
 * The referat's buttons and forms in Slack: "Generér referat" (the
 * secretariat: a deadline, then the summary goes to the channel), "Godkend
 * referat" (one click), "Bemærkning til referatet" (a remark with the
 * approval) and "Luk godkendelse" (the secretariat, after a confirmation).
 * Every click names only a meeting; the council is the clicker's.
 */
export function registerMinutes(app: App, deps: SlackDeps): void {
  app.action<ButtonClick>(
    { type: 'block_actions', action_id: meetingActionIds.generateMinutes },
    async ({ ack, action, body, client }) => {
      await ack();
      await openGenerateMinutes(deps, {
        client,
        teamId: teamOf(body),
        userId: body.user.id,
        triggerId: body.trigger_id,
        meetingId: action.value ?? '',
        tell: ephemeralTo(body.response_url),
      });
    },
  );

  // Runs before the ack: a refusal keeps the form open with the reason under the deadline.
  app.view(meetingCallbackIds.generateMinutes, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok)
      return ack({
        response_action: 'update',
        view: doneModal(who.locale, t(who.locale, 'minutes.chat.form_title'), who.text),
      });
    const locale = who.council.locale;
    const title = t(locale, 'minutes.chat.form_title');
    const meetingId = meetingOfMetadata(view.private_metadata);
    const deadline = deadlineOf(view.state.values as ViewStateValues);
    if (deadline === undefined)
      return ack(
        modalErrors({ [minutesBlockIds.deadlineDate]: t(locale, 'minutes.chat.deadline_missing') }),
      );
    const sent = await deps.useCases.sendMinutesForApproval({
      councilId: who.council.id,
      actorId: who.member.id,
      meetingId: meetingId ?? '',
      deadline,
    });
    if (!sent.ok && sent.field === 'deadline')
      return ack(modalErrors({ [minutesBlockIds.deadlineDate]: describeFailure(locale, sent) }));
    if (!sent.ok)
      return ack({
        response_action: 'update',
        view: doneModal(locale, title, escapeMrkdwn(describeFailure(locale, sent))),
      });
    const { record, round, participants } = sent.value;
    return ack({
      response_action: 'update',
      view: doneModal(
        locale,
        title,
        escapeMrkdwn(
          t(locale, 'minutes.chat.sent', {
            title: record.meeting.title,
            count: participants.length,
            deadline: localMomentText(locale, round.deadline),
          }),
        ),
      ),
    });
  });

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: meetingActionIds.approveMinutes },
    async ({ ack, action, body, client }) => {
      await ack();
      const tell = tellClicker(body, client);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const approved = await deps.useCases.approveMinutes({
        councilId: who.council.id,
        actorId: who.member.id,
        meetingId: action.value ?? '',
      });
      await tell(
        escapeMrkdwn(
          approved.ok
            ? approvedText(who, approved.value)
            : describeFailure(who.council.locale, approved),
        ),
      );
      if (approved.ok) await refreshHome(deps, client, teamOf(body), body.user.id);
    },
  );

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: meetingActionIds.remarkOnMinutes },
    async ({ ack, action, body, client }) => {
      await ack();
      const tell = tellClicker(body, client);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const locale = who.council.locale;
      const meetingId = action.value ?? '';
      const status = await deps.useCases.minutesApprovalStatus({
        councilId: who.council.id,
        meetingId,
      });
      if (!status.ok) return tell(escapeMrkdwn(describeFailure(locale, status)));
      const refusal = remarkRefusal(status.value, who.member.id);
      if (refusal !== undefined) return tell(describeFailure(locale, { code: refusal }));
      const earlier = approvalOf(status.value, who.member.id);
      if (earlier !== undefined)
        return tell(
          escapeMrkdwn(
            t(locale, 'minutes.chat.remark_after_approval', {
              title: status.value.record.meeting.title,
              at: clockOfInstant(who.council, earlier.approvedAt),
            }),
          ),
        );
      await client.views.open({
        trigger_id: body.trigger_id,
        view: remarkModal(locale, meetingId),
      });
    },
  );

  app.view(meetingCallbackIds.minutesRemark, async ({ ack, body, view, client }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok)
      return ack({
        response_action: 'update',
        view: doneModal(who.locale, t(who.locale, 'minutes.chat.remark_title'), who.text),
      });
    const locale = who.council.locale;
    const title = t(locale, 'minutes.chat.remark_title');
    const remark = textOf(elementOf(view.state.values as ViewStateValues, minutesBlockIds.remark));
    if (remark === undefined)
      return ack(
        modalErrors({ [minutesBlockIds.remark]: t(locale, 'minutes.chat.remark_missing') }),
      );
    const approved = await deps.useCases.approveMinutes({
      councilId: who.council.id,
      actorId: who.member.id,
      meetingId: meetingOfMetadata(view.private_metadata) ?? '',
      comment: remark,
    });
    if (!approved.ok && approved.field === 'comment')
      return ack(modalErrors({ [minutesBlockIds.remark]: describeFailure(locale, approved) }));
    const lines = !approved.ok
      ? [describeFailure(locale, approved)]
      : [
          approvedText(who, approved.value),
          ...(approved.value.added
            ? [t(locale, 'minutes.chat.your_remark', { comment: remark })]
            : [t(locale, 'minutes.chat.remark_kept')]),
        ];
    await ack({
      response_action: 'update',
      view: doneModal(locale, title, escapeMrkdwn(lines.join('\n'))),
    });
    if (approved.ok) await refreshHome(deps, client, teamOf(body), body.user.id);
  });

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: meetingActionIds.closeMinutes },
    async ({ ack, action, body, client }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const locale = who.council.locale;
      const ids = { councilId: who.council.id, meetingId: action.value ?? '' };
      const checked = await deps.useCases.closeMinutesApproval({
        ...ids,
        actorId: who.member.id,
        onlyCheck: true,
      });
      if (!checked.ok) return tell(escapeMrkdwn(describeFailure(locale, checked)));
      const status = await deps.useCases.minutesApprovalStatus(ids);
      const counts = status.ok ? approvalCount(status.value) : { approved: 0, total: 0 };
      await client.views.open({
        trigger_id: body.trigger_id,
        view: closeMinutesModal(locale, ids.meetingId, {
          title: checked.value.meeting.title,
          ...counts,
        }),
      });
    },
  );

  app.view(meetingCallbackIds.minutesClose, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok)
      return ack({
        response_action: 'update',
        view: doneModal(who.locale, t(who.locale, 'minutes.chat.close_title'), who.text),
      });
    const locale = who.council.locale;
    const closed = await deps.useCases.closeMinutesApproval({
      councilId: who.council.id,
      actorId: who.member.id,
      meetingId: meetingOfMetadata(view.private_metadata) ?? '',
    });
    const text = closed.ok
      ? t(locale, 'minutes.chat.closed', { title: closed.value.meeting.title })
      : describeFailure(locale, closed);
    return ack({
      response_action: 'update',
      view: doneModal(locale, t(locale, 'minutes.chat.close_title'), escapeMrkdwn(text)),
    });
  });
}
