import type { App, BlockAction, ButtonAction, MessageShortcut } from '@slack/bolt';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import { deadlineNote } from '../../present/hearings/deadline-note.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { inlineError } from '../listeners/inline-error.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import type { ViewStateValues } from '../listeners/read-view-state.ts';
import { ephemeralTo } from '../listeners/reply.ts';
import { rememberCouncilChannel } from '../slack-addresses.ts';
import { actionIds, callbackIds, openHearingBlocks } from '../hearings/hearing-ids.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { draftFromMessage } from './draft-from-message.ts';
import { publishHome } from './publish-home.ts';
import { readHearingFormLink } from './open-hearing-modal.ts';
import { blockForField, readOpenHearingForm } from './read-open-hearing-form.ts';
import { startHearingForm } from './start-hearing-form.ts';

/**
 * The ways into "Ny høring" — /hoering [titel], the message shortcut "Send i
 * høring" (prefilled from the message, in its channel) and the Home tab's
 * button — and the form's submission. /raad ny is the same as /hoering (see
 * hearing-raad-commands.ts).
 */
export function registerOpenHearingListeners(app: App, deps: SlackDeps): void {
  app.command('/hoering', async ({ ack, command, client }) => {
    await ack();
    await startHearingForm(deps, {
      client,
      teamId: command.team_id,
      userId: command.user_id,
      triggerId: command.trigger_id,
      channelId: command.channel_id,
      draft: { title: command.text.trim() },
      tell: ephemeralTo(command.response_url),
    });
  });

  app.shortcut<MessageShortcut>(callbackIds.sendToHearing, async ({ ack, shortcut, client }) => {
    await ack();
    await startHearingForm(deps, {
      client,
      teamId: teamOf(shortcut),
      userId: shortcut.user.id,
      triggerId: shortcut.trigger_id,
      channelId: shortcut.channel.id,
      draft: draftFromMessage(shortcut.message.text ?? ''),
      tell: ephemeralTo(shortcut.response_url),
    });
  });

  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: actionIds.newHearing },
    async ({ ack, body, client }) => {
      await ack();
      const teamId = teamOf(body);
      await startHearingForm(deps, {
        client,
        teamId,
        userId: body.user.id,
        triggerId: body.trigger_id,
        draft: {},
        tell: async (message) =>
          publishHome(
            deps,
            client,
            teamId,
            body.user.id,
            typeof message === 'string' ? message : message.text,
          ),
      });
    },
  );

  // Runs its use case before the ack: a refusal comes back inside the ack as
  // inline errors on the right field while the modal is still open.
  app.view(callbackIds.openHearing, async ({ ack, body, view }) => {
    const teamId = teamOf(body);
    const who = await identifySlackUser(deps, teamId, body.user.id);
    if (!who.ok) return ack(modalErrors({ [openHearingBlocks.title]: who.text }));
    const locale = who.council.locale;
    const form = readOpenHearingForm(view.state.values as ViewStateValues);
    if (form.channel === undefined || teamId === undefined) {
      return ack(
        modalErrors({
          [openHearingBlocks.channel]: t(locale, 'slack.open_modal.channel_required'),
        }),
      );
    }
    // Remembered first, so the outbox finds the channel when it posts the new hearing.
    await rememberCouncilChannel(deps.directory, who.council.id, { teamId, channel: form.channel });
    const opened = await deps.useCases.openHearing({
      councilId: who.council.id,
      actorId: who.member.id,
      ...form.input,
      // "Start høring" on a meeting's item links the hearing to that meeting.
      ...readHearingFormLink(view.private_metadata),
    });
    if (!opened.ok)
      return ack(modalErrors({ [blockForField(opened.field)]: inlineError(locale, opened) }));
    const when = formatDeadline(locale, opened.value.deadline, who.council.timeZone);
    const note = deadlineNote(
      locale,
      await deps.useCases.deadlineDay(who.council, opened.value.deadline),
    );
    const text = t(locale, 'slack.opened.body', {
      title: escapeMrkdwn(opened.value.title),
      channel: form.channel,
      when,
    });
    await ack({
      response_action: 'update',
      view: doneModal(locale, t(locale, 'opened.heading'), note ? `${text}\n\n${note}` : text),
    });
  });
}
