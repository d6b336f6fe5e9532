import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { describeFailure, t } from '../../../i18n/hearings/index.ts';
import { closePreviewText, remindNowAnswer } from '../../present/hearings/manage-presentation.ts';
import { closeConfirmModal, parseCloseConfirmMetadata } from './close-confirm-modal.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { actionIds, callbackIds } from '../hearings/hearing-ids.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { ephemeralTo } from '../listeners/reply.ts';

type ButtonClick = BlockAction<ButtonAction>;

/**
 * The secretariat's and the chair group's buttons under a hearing in
 * /raad mine. "Påmind nu" reminds at once (the use case holds the hourly
 * limit); "Luk høringen nu" opens a confirmation that says what closing now
 * leads to, and only its "Ja, luk høringen" closes. Anyone else who presses
 * an old button is told why not.
 */
export function registerManage(app: App, deps: SlackDeps): void {
  app.action<ButtonClick>(
    { type: 'block_actions', action_id: actionIds.remindNow },
    async ({ ack, action, body }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const { council, member } = who;
      const reminded = await deps.useCases.remindNow({
        councilId: council.id,
        hearingId: action.value ?? '',
        actorId: member.id,
      });
      await tell(
        reminded.ok
          ? escapeMrkdwn(remindNowAnswer(council.locale, council.timeZone, reminded.value).text)
          : describeFailure(council.locale, reminded),
      );
    },
  );

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: actionIds.closeNow },
    async ({ ack, action, body, client }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const { council, member } = who;
      const preview = await deps.useCases.previewCloseHearing({
        councilId: council.id,
        hearingId: action.value ?? '',
        actorId: member.id,
      });
      if (!preview.ok) return tell(describeFailure(council.locale, preview));
      const { hearing, ...outlook } = preview.value;
      await client.views.open({
        trigger_id: body.trigger_id,
        view: closeConfirmModal(
          council.locale,
          hearing,
          closePreviewText(council.locale, hearing.mode, outlook),
        ),
      });
    },
  );

  // Runs before the ack: the answer is the modal itself (response_action "update").
  app.view(callbackIds.closeHearing, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    const metadata = parseCloseConfirmMetadata(view.private_metadata);
    if (!who.ok || metadata === undefined) {
      const locale = who.ok ? who.council.locale : who.locale;
      const text = who.ok ? t(locale, 'error.hearing_not_found') : who.text;
      return ack({
        response_action: 'update',
        view: doneModal(locale, t(locale, 'manage.close_title'), text),
      });
    }
    const { council, member } = who;
    const locale = council.locale;
    const ids = { councilId: council.id, hearingId: metadata.h, actorId: member.id };
    const refused = (text: string) =>
      ack({
        response_action: 'update',
        view: doneModal(locale, t(locale, 'manage.close_title'), text),
      });

    // Answers that came in since the modal opened change what closing leads to: show it again.
    const preview = await deps.useCases.previewCloseHearing(ids);
    if (!preview.ok) return refused(describeFailure(locale, preview));
    const { hearing, ...outlook } = preview.value;
    const now = closePreviewText(locale, hearing.mode, outlook);
    if (now !== metadata.seen)
      return ack({
        response_action: 'update',
        view: closeConfirmModal(locale, hearing, now, { changed: true }),
      });

    const closed = await deps.useCases.closeHearing(ids);
    if (!closed.ok) return refused(describeFailure(locale, closed));
    const outcome = closed.value.result
      ? t(locale, `outcome.${closed.value.result.outcome}`)
      : t(locale, 'state.closed');
    await ack({
      response_action: 'update',
      view: doneModal(
        locale,
        t(locale, 'manage.closed_title'),
        escapeMrkdwn(t(locale, 'manage.closed', { title: hearing.title, outcome })),
      ),
    });
  });
}
