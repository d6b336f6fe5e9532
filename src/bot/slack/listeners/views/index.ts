import type { App } from '@slack/bolt';
import { holdsSeat } from '../../../../domain/council/roster.ts';
import { describeProblem, formatDate, formatDeadline, t } from '../../../../i18n/hearings/index.ts';
import { absenceRecordedText } from '../../../present/council/absence-presentation.ts';
import { deadlineNote } from '../../../present/hearings/deadline-note.ts';
import { answerBallot } from '../../hearings/answer-ballot.ts';
import { doneModal } from '../../blocks/done-modal.ts';
import { escapeMrkdwn } from '../../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../../identify-slack-user.ts';
import { parseReasonMetadata } from '../../hearings/open-reason-modal.ts';
import { rememberCouncilChannel } from '../../slack-addresses.ts';
import {
  absenceBlocks,
  callbackIds,
  choiceOf,
  openHearingBlocks,
  reasonBlocks,
} from '../../slack-ids.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { inlineError } from './inline-error.ts';
import { blockForField, readOpenHearingForm } from '../../hearings/read-open-hearing-form.ts';
import { elementOf, textOf, type ViewStateValues } from './read-view-state.ts';

const errors = (errorsByBlock: Record<string, string>) => ({
  response_action: 'errors' as const,
  errors: errorsByBlock,
});

/**
 * Modal submissions. Each runs its use case before the ack, because a
 * refusal must come back inside the ack as inline errors on the right field
 * (response_action "errors") while the modal is still open.
 */
export function registerViews(app: App, deps: SlackDeps): void {
  app.view(callbackIds.openHearing, async ({ ack, body, view }) => {
    const teamId = teamOf(body);
    const who = await identifySlackUser(deps, teamId, body.user.id);
    if (!who.ok) return ack(errors({ [openHearingBlocks.title]: who.text }));
    const locale = who.council.locale;
    const form = readOpenHearingForm(view.state.values as ViewStateValues);
    if (form.channel === undefined || teamId === undefined) {
      return ack(
        errors({ [openHearingBlocks.channel]: t(locale, 'slack.open_modal.channel_required') }),
      );
    }
    // Remembered first, so the outbox finds the channel when it posts the new hearing.
    await rememberCouncilChannel(deps.directory, who.council.id, { teamId, channel: form.channel });
    const opened = await deps.useCases.openHearing({
      councilId: who.council.id,
      actorId: who.member.id,
      ...form.input,
    });
    if (!opened.ok)
      return ack(errors({ [blockForField(opened.field)]: inlineError(locale, opened) }));
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

  app.view(callbackIds.reason, async ({ ack, body, view, client }) => {
    const teamId = teamOf(body);
    const who = await identifySlackUser(deps, teamId, body.user.id);
    if (!who.ok) return ack(errors({ [reasonBlocks.reason]: who.text }));
    const locale = who.council.locale;
    const metadata = parseReasonMetadata(view.private_metadata);
    const values = view.state.values as ViewStateValues;
    const choice = choiceOf(elementOf(values, reasonBlocks.choice).selected_option?.value);
    if (metadata === undefined || choice === undefined) {
      return ack(
        errors({ [reasonBlocks.choice]: describeProblem(locale, { problem: 'required' }) }),
      );
    }
    const reason = textOf(elementOf(values, reasonBlocks.reason));
    const cast = await deps.useCases.castBallot({
      councilId: who.council.id,
      hearingId: metadata.h,
      actorId: who.member.id,
      choice,
      ...(reason === undefined ? {} : { reason }),
    });
    if (!cast.ok) {
      const block = cast.field === 'choice' ? reasonBlocks.choice : reasonBlocks.reason;
      return ack(errors({ [block]: inlineError(locale, cast) }));
    }
    await ack();
    await answerBallot(
      deps,
      {
        client,
        teamId,
        userId: body.user.id,
        home: metadata.home === true,
        ...(metadata.u ? { responseUrl: metadata.u } : {}),
      },
      { locale, councilId: who.council.id, hearingId: metadata.h, voterId: who.member.id, cast },
    );
  });

  app.view(callbackIds.absence, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(errors({ [absenceBlocks.from]: who.text }));
    const locale = who.council.locale;
    if (!holdsSeat(who.member))
      return ack(errors({ [absenceBlocks.from]: t(locale, 'error.no_voting_right') }));
    const values = view.state.values as ViewStateValues;
    const hearing = elementOf(values, absenceBlocks.hearing).selected_option;
    const from = elementOf(values, absenceBlocks.from).selected_date ?? undefined;
    const to = elementOf(values, absenceBlocks.to).selected_date ?? undefined;
    const base = { councilId: who.council.id, memberId: who.member.id };
    let input;
    if (hearing) input = { ...base, hearingId: hearing.value };
    else if (from && to) input = { ...base, from, to };
    else return ack(errors({ [absenceBlocks.from]: t(locale, 'absence.choose') }));

    const registered = await deps.useCases.registerAbsence(input);
    if (!registered.ok) {
      const field = registered.field;
      const block =
        field === 'to'
          ? absenceBlocks.to
          : field === 'hearingId' && hearing
            ? absenceBlocks.hearing
            : absenceBlocks.from;
      return ack(errors({ [block]: inlineError(locale, registered) }));
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
