import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Locale } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import { itemNumbered } from '../../../domain/meetings/meeting-record.ts';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { notedText } from '../../present/meetings/decision-wording.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { startHearingForm } from '../hearings/index.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { inlineError } from '../listeners/inline-error.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import type { ViewStateValues } from '../listeners/read-view-state.ts';
import { ephemeralTo, type Tell } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { decisionModal, readDecisionMetadata, readDecisionText } from './decision-modal.ts';
import { parseItemValue, type ItemRef } from './item-actions.ts';
import { meetingActionIds, meetingCallbackIds } from './meeting-ids.ts';
import { sagsfremstillingModal } from './sagsfremstilling-modal.ts';

type ItemClick = BlockAction<ButtonAction>;

/** Who clicked, in which council, and which item: or the answer already given. */
async function clickOn(
  deps: SlackDeps,
  body: ItemClick,
  tell: Tell,
): Promise<
  { councilId: string; actorId: string; locale: Locale; ref: ItemRef; teamId: string } | undefined
> {
  const teamId = teamOf(body);
  const who = await identifySlackUser(deps, teamId, body.user.id);
  if (!who.ok) {
    await tell(who.text);
    return undefined;
  }
  const { locale } = who.council;
  const ref = parseItemValue(body.actions[0]?.value);
  if (ref === undefined || teamId === undefined) {
    await tell(t(locale, 'slack.meeting.item.stale'));
    return undefined;
  }
  return { councilId: who.council.id, actorId: who.member.id, locale, ref, teamId };
}

/** A use case's refusal, in the council's language, to the one who clicked. */
const refusal = (tell: Tell, locale: Locale, failure: Failure) =>
  tell(describeFailure(locale, failure));

type Click = NonNullable<Awaited<ReturnType<typeof clickOn>>>;

/** The clicked item as the agenda has it now, or the answer already given (a stale or unknown item). */
async function clickedItem(
  deps: SlackDeps,
  body: ItemClick,
  tell: Tell,
): Promise<{ click: Click; item: AgendaItem } | undefined> {
  const click = await clickOn(deps, body, tell);
  if (click === undefined) return undefined;
  const shown = await deps.useCases.showMeeting({
    councilId: click.councilId,
    meetingId: click.ref.meetingId,
  });
  if (!shown.ok) {
    await refusal(tell, click.locale, shown);
    return undefined;
  }
  const item = itemNumbered(shown.value, click.ref.item);
  if (item === undefined) {
    await tell(t(click.locale, 'slack.meeting.item.stale'));
    return undefined;
  }
  return { click, item };
}

/**
 * The buttons on each agenda item's reply in the meeting's thread and the
 * Beslutning form. Each parses the button's value ({meetingId, item}), takes
 * the council from the workspace that clicked, and lets the use case decide
 * who may: a member clicking a secretariat button is told so, and a forged
 * or stale value gets an answer, never a crash.
 */
export function registerItemListeners(app: App, deps: SlackDeps): void {
  app.action<ItemClick>(
    { type: 'block_actions', action_id: meetingActionIds.showItem },
    async ({ ack, body, client }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const clicked = await clickedItem(deps, body, tell);
      if (clicked === undefined) return;
      const { click, item } = clicked;
      await client.views.open({
        trigger_id: body.trigger_id,
        view: sagsfremstillingModal(click.locale, item),
      });
    },
  );

  app.action<ItemClick>(
    { type: 'block_actions', action_id: meetingActionIds.startHearing },
    async ({ ack, body, client }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const clicked = await clickedItem(deps, body, tell);
      if (clicked === undefined) return;
      const { click, item } = clicked;
      // The existing hearing form, prefilled and linked: the hearing's result prefills the Beslutning.
      await startHearingForm(deps, {
        client,
        teamId: click.teamId,
        userId: body.user.id,
        triggerId: body.trigger_id,
        ...(body.channel?.id === undefined ? {} : { channelId: body.channel.id }),
        draft: {
          title: item.title,
          proposal: item.fields.indstilling ?? '',
          agendaItem: click.ref.item,
          meetingId: click.ref.meetingId,
        },
        tell,
      });
    },
  );

  app.action<ItemClick>(
    { type: 'block_actions', action_id: meetingActionIds.recordDecision },
    async ({ ack, body, client }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const click = await clickOn(deps, body, tell);
      if (click === undefined) return;
      const draft = await deps.useCases.decisionDraft({
        councilId: click.councilId,
        actorId: click.actorId,
        meetingId: click.ref.meetingId,
        itemNumber: click.ref.item,
      });
      if (!draft.ok) return refusal(tell, click.locale, draft);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: decisionModal(click.locale, draft.value),
      });
    },
  );

  app.action<ItemClick>(
    { type: 'block_actions', action_id: meetingActionIds.noteItem },
    async ({ ack, body }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const click = await clickOn(deps, body, tell);
      if (click === undefined) return;
      const noted = await deps.useCases.noteItem({
        councilId: click.councilId,
        actorId: click.actorId,
        meetingId: click.ref.meetingId,
        itemNumber: click.ref.item,
        text: notedText(click.locale),
        ...(click.ref.revision === undefined ? {} : { seenRevision: click.ref.revision }),
      });
      if (!noted.ok) return refusal(tell, click.locale, noted);
      await tell(t(click.locale, 'slack.meeting.item.noted_done', { item: click.ref.item }));
    },
  );

  // Runs its use case before the ack: a refusal comes back inside the ack, in the open modal.
  app.view(meetingCallbackIds.recordDecision, async ({ ack, body, view }) => {
    const values = view.state.values as ViewStateValues;
    const typed = readDecisionText(values);
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [typed.block]: who.text }));
    const { locale } = who.council;
    const metadata = readDecisionMetadata(view.private_metadata);
    if (metadata === undefined)
      return ack(
        modalErrors({ [typed.block]: t(locale, 'slack.meeting.decision.modal.bad_form') }),
      );
    const on = {
      councilId: who.council.id,
      actorId: who.member.id,
      meetingId: metadata.meetingId,
      itemNumber: metadata.item,
    };
    const recorded = await deps.useCases.recordDecision({
      ...on,
      text: typed.text,
      seenRevision: metadata.revision,
    });
    if (recorded.ok) {
      const { decision } = recorded.value;
      return ack({
        response_action: 'update',
        view: doneModal(
          locale,
          t(locale, 'slack.meeting.decision.saved.title'),
          t(locale, 'slack.meeting.decision.saved.body', {
            item: decision.item,
            revision: decision.revision,
          }),
        ),
      });
    }
    if (recorded.code === 'decision_changed_meanwhile') {
      // Someone saved meanwhile: the form comes back with who, what it says now, and the
      // secretary's own text still in the field, at the new revision, so saving again is a choice.
      const draft = await deps.useCases.decisionDraft(on);
      if (draft.ok)
        return ack({
          response_action: 'update',
          view: decisionModal(locale, draft.value, {
            text: typed.text,
            notice: `${escapeMrkdwn(describeFailure(locale, recorded))}\n\n${t(locale, 'slack.meeting.decision.modal.keep_yours')}`,
          }),
        });
    }
    return ack(modalErrors({ [typed.block]: inlineError(locale, recorded) }));
  });
}
