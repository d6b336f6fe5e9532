import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { ChatActor } from '../../../app/council/identify-member.ts';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { attendanceOverview } from '../../present/meetings/attendance-overview.ts';
import type { SlackMessage } from '../blocks/block-kit.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { inlineError } from '../listeners/inline-error.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import { elementOf, textOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { ephemeralTo } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { attendanceMessage } from './attendance-message.ts';
import { guestBlocks, guestModal, type GuestFormKey } from './guest-modal.ts';
import { meetingActionIds, meetingCallbackIds } from './meeting-ids.ts';

/** The meeting typed after the command, or the next one. */
async function meetingIdFor(
  deps: SlackDeps,
  { council, member }: ChatActor,
  typed: string,
): Promise<string | undefined> {
  const given = typed.trim().split(/\s+/)[0] ?? '';
  if (given !== '') return given;
  const next = await deps.useCases.nextMeetingForMember({
    councilId: council.id,
    memberId: member.id,
  });
  return next.ok ? next.value.next?.record.meeting.id : undefined;
}

async function attendanceFor(
  deps: SlackDeps,
  { council }: ChatActor,
  meetingId: string,
  banner?: string,
): Promise<SlackMessage | string> {
  const shown = await deps.useCases.meetingAttendance({ councilId: council.id, meetingId });
  if (!shown.ok) return escapeMrkdwn(describeFailure(council.locale, shown));
  return attendanceMessage(council.locale, attendanceOverview(council.locale, shown.value), banner);
}

/** "/raad fremmøde [MØDE]": for the secretariat and the chair group; others are told why not. */
export const attendanceCommand: RaadSubcommand = {
  kind: 'meeting_attendance',
  words: ['fremmøde', 'fremmoede', 'fremmode', 'attendance'],
  argument: 'meeting',
  async run(deps, { command, tell, text }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const locale = who.council.locale;
    if (!mayManageHearings(who.member))
      return tell(t(locale, 'meeting.attendance_chat.only_secretariat'));
    const meetingId = await meetingIdFor(deps, who, text);
    if (meetingId === undefined) return tell(t(locale, 'meeting.attendance_chat.no_meeting'));
    return tell(await attendanceFor(deps, who, meetingId));
  },
};

/** Which block a refused field belongs under. */
const blockOfField = (field: string | undefined): string =>
  field === 'organisation'
    ? guestBlocks.organisation
    : field === 'note'
      ? guestBlocks.note
      : guestBlocks.name;

/**
 * "Tilføj gæst" opens the form (secretariat only); its submission adds the
 * guest or presenter, or keeps the form open with the problem under the
 * field.
 */
export function registerAttendanceListeners(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: meetingActionIds.addGuest },
    async ({ ack, action, body, client }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const { council } = who;
      if (!mayManageHearings(who.member))
        return tell(t(council.locale, 'meeting.attendance_chat.only_secretariat'));
      const shown = await deps.useCases.showMeeting({
        councilId: council.id,
        meetingId: action.value ?? '',
      });
      if (!shown.ok) return tell(escapeMrkdwn(describeFailure(council.locale, shown)));
      await client.views.open({
        trigger_id: body.trigger_id,
        view: guestModal(council.locale, shown.value),
      });
    },
  );

  app.view(meetingCallbackIds.addGuest, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [guestBlocks.name]: who.text }));
    const { council, member } = who;
    const locale = council.locale;
    if (!mayManageHearings(member))
      return ack(
        modalErrors({ [guestBlocks.name]: t(locale, 'meeting.attendance_chat.only_secretariat') }),
      );
    const values = view.state.values as ViewStateValues;
    const name = textOf(elementOf(values, guestBlocks.name));
    const organisation = textOf(elementOf(values, guestBlocks.organisation));
    const missing = (key: GuestFormKey) =>
      t(locale, 'meeting.attendance_chat.field_missing', {
        field: t(locale, `meeting.attendance_chat.${key}`),
      });
    if (name === undefined || organisation === undefined)
      return ack(
        modalErrors({
          ...(name === undefined ? { [guestBlocks.name]: missing('guest_name') } : {}),
          ...(organisation === undefined
            ? { [guestBlocks.organisation]: missing('guest_organisation') }
            : {}),
        }),
      );
    const item = elementOf(values, guestBlocks.item).selected_option?.value;
    const ticked = (elementOf(values, guestBlocks.presenter).selected_options ?? []).length > 0;
    const note = [
      item === undefined ? undefined : t(locale, 'meeting.attendance_chat.under_item', { item }),
      textOf(elementOf(values, guestBlocks.note)),
    ]
      .filter((part): part is string => part !== undefined)
      .join('; ');
    const added = await deps.useCases.addMeetingGuest({
      councilId: council.id,
      actorId: member.id,
      meetingId: view.private_metadata,
      guestName: name,
      organisation,
      ...(note === '' ? {} : { note }),
      presenter: ticked || item !== undefined,
    });
    if (!added.ok)
      return ack(modalErrors({ [blockOfField(added.field)]: inlineError(locale, added) }));
    const { guest, record } = added.value;
    const group = [guest.presenter ? 'Oplægsholdere' : '', guest.organisation, guest.note ?? '']
      .filter((part) => part !== '')
      .join('; ');
    await ack({
      response_action: 'update',
      view: doneModal(
        locale,
        t(locale, 'meeting.attendance_chat.guest_form_title'),
        escapeMrkdwn(
          t(locale, 'meeting.attendance_chat.guest_added', {
            name: guest.name,
            title: record.meeting.title,
            group,
          }),
        ),
      ),
    });
  });
}
