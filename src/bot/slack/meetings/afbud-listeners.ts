import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import {
  afbudSentText,
  afbudWithdrawnText,
  meetingWhenText,
} from '../../present/meetings/meeting-dm-presentation.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { inlineError } from '../listeners/inline-error.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import { elementOf, textOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import type { Tell } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { refreshHome, tellClicker } from './click-reply.ts';
import { afbudModal, afbudReasonBlock, parseAfbudMetadata } from './afbud-modal.ts';
import { meetingActionIds, meetingCallbackIds } from './meeting-ids.ts';

type ButtonClick = BlockAction<ButtonAction>;

/** Where a click is answered: next to the button, or in the DM from App Home (escaped there). */
const tellFor = (body: ButtonClick, client: webApi.WebClient): Tell =>
  tellClicker(body, client, escapeMrkdwn);

/** A click's meeting id: the button's value, never trusted for the council. */
const meetingIdOf = (action: ButtonAction): string => (action.value ?? '').trim();

/** "Meld afbud": checks the meeting is still ahead and afbud is the clicker's to send, then asks for a reason. */
async function openAfbud(
  deps: SlackDeps,
  body: ButtonClick,
  action: ButtonAction,
  client: webApi.WebClient,
) {
  const tell = tellFor(body, client);
  const who = await identifySlackUser(deps, teamOf(body), body.user.id);
  if (!who.ok) return tell(who.text);
  const locale = who.council.locale;
  const view = await deps.useCases.memberMeetingView({
    councilId: who.council.id,
    meetingId: meetingIdOf(action),
    memberId: who.member.id,
  });
  if (!view.ok) return tell(describeFailure(locale, view));
  const { record, begun, hasAfbud } = view.value;
  if (record.meeting.status === 'cancelled') return tell(t(locale, 'error.meeting_cancelled'));
  if (begun || !['planned', 'agenda_published'].includes(record.meeting.status))
    return tell(t(locale, 'error.meeting_already_begun'));
  if (who.member.role === 'suppleant') return tell(t(locale, 'error.afbud_by_substitute'));
  if (!view.value.mayAfbud) return tell(t(locale, 'error.not_invited'));
  if (hasAfbud)
    return tell(
      t(locale, 'meeting.afbud.repeat', {
        title: record.meeting.title,
        when: meetingWhenText(locale, record.meeting),
      }),
    );
  await client.views.open({
    trigger_id: body.trigger_id,
    view: afbudModal(locale, record.meeting, {
      m: record.meeting.id,
      ...(body.response_url ? { u: body.response_url } : {}),
    }),
  });
}

/**
 * Afbud for a meeting from a button (the overview, App Home, a reminder):
 * "Meld afbud" opens a modal with an optional reason whose submission sends
 * it; "Træk afbud tilbage" and "Jeg kommer" act at once. The council is
 * always the clicker's; a forged or stale meeting id gets an answer.
 */
export function registerAfbudListeners(app: App, deps: SlackDeps): void {
  app.action<ButtonClick>(
    { type: 'block_actions', action_id: meetingActionIds.afbud },
    async ({ ack, body, action, client }) => {
      await ack();
      await openAfbud(deps, body, action, client);
    },
  );

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: meetingActionIds.withdrawAfbud },
    async ({ ack, body, action, client }) => {
      await ack();
      const tell = tellFor(body, client);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const locale = who.council.locale;
      const withdrawn = await deps.useCases.withdrawMeetingAfbud({
        councilId: who.council.id,
        actorId: who.member.id,
        meetingId: meetingIdOf(action),
      });
      await tell(
        withdrawn.ok
          ? afbudWithdrawnText(locale, withdrawn.value)
          : describeFailure(locale, withdrawn),
      );
      if (withdrawn.ok) await refreshHome(deps, client, teamOf(body), body.user.id);
    },
  );

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: meetingActionIds.coming },
    async ({ ack, body, action, client }) => {
      await ack();
      const tell = tellFor(body, client);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const locale = who.council.locale;
      const coming = await deps.useCases.markComing({
        councilId: who.council.id,
        actorId: who.member.id,
        meetingId: meetingIdOf(action),
      });
      if (!coming.ok) return tell(describeFailure(locale, coming));
      const { meeting } = coming.value.record;
      const noted = t(locale, 'meeting.coming.noted', {
        title: meeting.title,
        when: meetingWhenText(locale, meeting),
      });
      await tell(
        coming.value.withdrewAfbud
          ? `${noted} ${t(locale, 'cli.attendance.coming_withdrew_afbud')}`
          : noted,
      );
      await refreshHome(deps, client, teamOf(body), body.user.id);
    },
  );

  // Registers before the ack: a refusal comes back inline while the modal is still open.
  app.view(meetingCallbackIds.afbud, async ({ ack, body, view, client }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [afbudReasonBlock]: who.text }));
    const locale = who.council.locale;
    const metadata = parseAfbudMetadata(view.private_metadata);
    if (metadata === undefined)
      return ack(modalErrors({ [afbudReasonBlock]: t(locale, 'error.meeting_not_found') }));
    const reason = textOf(elementOf(view.state.values as ViewStateValues, afbudReasonBlock));
    const sent = await deps.useCases.sendMeetingAfbud({
      councilId: who.council.id,
      actorId: who.member.id,
      meetingId: metadata.m,
      ...(reason === undefined ? {} : { reason }),
    });
    if (!sent.ok) return ack(modalErrors({ [afbudReasonBlock]: inlineError(locale, sent) }));
    await ack({
      response_action: 'update',
      view: doneModal(
        locale,
        t(locale, 'meeting.afbud_modal.done_title'),
        escapeMrkdwn(afbudSentText(locale, sent.value)),
      ),
    });
    await refreshHome(deps, client, teamOf(body), body.user.id);
  });
}
