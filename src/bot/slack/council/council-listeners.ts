import type { App } from '@slack/bolt';
import { holdsSeat } from '../../../domain/council/roster.ts';
import { describeFailure, formatDate, t } from '../../../i18n/council/index.ts';
import { absenceRecordedText } from '../../present/council/absence-presentation.ts';
import { afbudSentText } from '../../present/meetings/index.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { inlineError } from '../listeners/inline-error.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import { elementOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { absenceBlocks, absenceCallbackId } from '../council/absence-ids.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { RaadSubcommand, SlackPart } from '../slack-part.ts';
import { absenceModal } from './absence-modal.ts';

/** /raad afbud: the absence modal, with the upcoming meetings and the member's open hearings to choose from. */
const absence: RaadSubcommand = {
  kind: 'absence',
  words: ['afbud', 'absence', 'apologies'],
  async run(deps, { command, client, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const locale = who.council.locale;
    // Afbud hands a seat to its substitute: without a seat there is nothing to hand over.
    if (!holdsSeat(who.member)) return tell(t(locale, 'error.no_voting_right'));
    const [mine, meetings] = await Promise.all([
      deps.useCases.listMyHearings({ councilId: who.council.id, memberId: who.member.id }),
      deps.useCases.upcomingMeetings({ councilId: who.council.id }),
    ]);
    if (!mine.ok) return tell(describeFailure(locale, mine));
    await client.views.open({
      trigger_id: command.trigger_id,
      view: absenceModal(
        locale,
        mine.value.map((item) => item.hearing),
        meetings.ok ? meetings.value : [],
      ),
    });
  },
};

/**
 * The absence modal's submission. It registers before the ack, because a
 * refusal must come back inside the ack as an inline error on the right
 * field (response_action "errors") while the modal is still open.
 */
function registerCouncilListeners(app: App, deps: SlackDeps): void {
  app.view(absenceCallbackId, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [absenceBlocks.from]: who.text }));
    const locale = who.council.locale;
    if (!holdsSeat(who.member))
      return ack(modalErrors({ [absenceBlocks.from]: t(locale, 'error.no_voting_right') }));
    const values = view.state.values as ViewStateValues;
    const meeting = elementOf(values, absenceBlocks.meeting).selected_option;
    if (meeting) {
      // Afbud for a meeting: the suppleant holds the seat in it and in the hearings on its agenda.
      const sent = await deps.useCases.sendMeetingAfbud({
        councilId: who.council.id,
        actorId: who.member.id,
        meetingId: meeting.value,
      });
      if (!sent.ok) return ack(modalErrors({ [absenceBlocks.meeting]: inlineError(locale, sent) }));
      return ack({
        response_action: 'update',
        view: doneModal(
          locale,
          t(locale, 'slack.absence_modal.done_title'),
          escapeMrkdwn(afbudSentText(locale, sent.value)),
        ),
      });
    }
    const hearing = elementOf(values, absenceBlocks.hearing).selected_option;
    const from = elementOf(values, absenceBlocks.from).selected_date ?? undefined;
    const to = elementOf(values, absenceBlocks.to).selected_date ?? undefined;
    const base = { councilId: who.council.id, memberId: who.member.id };
    let input;
    if (hearing) input = { ...base, hearingId: hearing.value };
    else if (from && to) input = { ...base, from, to };
    else return ack(modalErrors({ [absenceBlocks.from]: t(locale, 'absence.choose') }));

    const registered = await deps.useCases.registerAbsence(input);
    if (!registered.ok) {
      const field = registered.field;
      const block =
        field === 'to'
          ? absenceBlocks.to
          : field === 'hearingId' && hearing
            ? absenceBlocks.hearing
            : absenceBlocks.from;
      return ack(modalErrors({ [block]: inlineError(locale, registered) }));
    }
    const text = absenceRecordedText(
      locale,
      registered.value,
      hearing
        ? { title: escapeMrkdwn(hearing.text?.text ?? hearing.value) }
        : { from: formatDate(locale, from ?? ''), to: formatDate(locale, to ?? '') },
    );
    await ack({
      response_action: 'update',
      view: doneModal(locale, t(locale, 'slack.absence_modal.done_title'), text),
    });
  });
}

export const councilSlack: SlackPart = {
  listeners: registerCouncilListeners,
  raadCommands: [absence],
  help: { lines: ['slack.help.absence'] },
};
