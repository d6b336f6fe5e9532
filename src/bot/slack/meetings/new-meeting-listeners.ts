import type { App } from '@slack/bolt';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { meetingWhen } from '../../present/meetings/import-preview-model.ts';
import {
  failureUnderField,
  fieldOfFailure,
  readNewMeetingForm,
  type NewMeetingField,
  type NewMeetingForm,
} from '../../present/meetings/new-meeting-form.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import { elementOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { meetingCallbackIds } from './meeting-ids.ts';
import { newMeetingBlocks, newMeetingModal } from './new-meeting-modal.ts';

/** "/raad nyt møde": the empty meeting form (the secretariat and the chair group). */
export const newMeetingCommand: RaadSubcommand = {
  kind: 'new_meeting',
  // "/raad new …" is the hearing's; "new-meeting" is the English spelling here.
  words: ['nyt', 'nyt-moede', 'ny-moede', 'nyt-møde', 'ny-møde', 'new-meeting'],
  async run(deps, { command, client, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const allowed = await deps.useCases.mayImportAgenda({
      councilId: who.council.id,
      actorId: who.member.id,
    });
    if (!allowed.ok) return tell(describeFailure(who.council.locale, allowed));
    await client.views.open({
      trigger_id: command.trigger_id,
      view: newMeetingModal(who.council.locale),
    });
  },
};

const errorsByBlock = (errors: Partial<Record<NewMeetingField, string>>) =>
  Object.fromEntries(
    Object.entries(errors).map(([field, text]) => [
      newMeetingBlocks[field as NewMeetingField],
      text,
    ]),
  );

/** The form's submission: a meeting on the calendar, or the problem under its field, nothing stored. */
export function registerNewMeetingListeners(app: App, deps: SlackDeps): void {
  app.view(meetingCallbackIds.newMeeting, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [newMeetingBlocks.title]: who.text }));
    const locale = who.council.locale;
    const values = view.state.values as ViewStateValues;
    const state = (field: NewMeetingField) => elementOf(values, newMeetingBlocks[field]);
    const form: NewMeetingForm = {
      title: state('title').value ?? undefined,
      date: state('date').selected_date ?? undefined,
      start: state('start').selected_time ?? undefined,
      end: state('end').selected_time ?? undefined,
      place: state('place').value ?? undefined,
      link: state('link').value ?? undefined,
      afbudDate: state('afbudDate').selected_date ?? undefined,
      afbudTime: state('afbudTime').selected_time ?? undefined,
    };
    const read = readNewMeetingForm(locale, form, {
      councilId: who.council.id,
      actorId: who.member.id,
    });
    if (!read.ok) return ack(modalErrors(errorsByBlock(read.errors)));
    const created = await deps.useCases.createMeeting(read.input);
    if (!created.ok)
      return ack(
        modalErrors(
          errorsByBlock({ [fieldOfFailure(created)]: failureUnderField(locale, created) }),
        ),
      );
    const { meeting } = created.value;
    await ack({
      response_action: 'update',
      view: doneModal(
        locale,
        t(locale, 'new_meeting.title'),
        t(locale, 'new_meeting.created', {
          title: escapeMrkdwn(meeting.title),
          when: meetingWhen(locale, meeting),
        }),
      ),
    });
  });
}
