import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { attendanceOverview } from '../../present/meetings/attendance-overview.ts';
import { cardText, defineVerb, type CardAnswer } from '../card-verbs.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import { noticeCard } from '../cards/notice-card.ts';
import { formSender } from '../handlers/form-sender.ts';
import { sendCard, sendText, type KnownSpeaker, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TextCommand } from '../text-commands.ts';
import { attendanceCard, type GuestFormValues } from './attendance-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

type Banner = { readonly text: string; readonly tone: 'good' | 'attention' };

async function attendanceCardFor(
  kit: TeamsKit,
  { council }: Pick<KnownSpeaker, 'council'>,
  meetingId: string,
  extra: { banner?: Banner; values?: GuestFormValues } = {},
): Promise<AdaptiveCard> {
  const locale = council.locale;
  const shown = await kit.deps.useCases.meetingAttendance({ councilId: council.id, meetingId });
  if (!shown.ok)
    return noticeCard(
      t(locale, 'meeting.attendance_chat.heading'),
      [describeFailure(locale, shown)],
      'attention',
    );
  return attendanceCard(
    locale,
    attendanceOverview(locale, shown.value),
    shown.value.record.items,
    extra,
  );
}

/** "fremmøde [MØDE]" / "attendance [MEETING]": for the secretariat and the chair group. */
export const attendanceCommand: TextCommand = {
  pattern: /^(?:fremmøde|fremmoede|fremmode|attendance)(?:\s+(\S+))?$/,
  help: 'help.command.attendance',
  who: 'member',
  async run(kit, context, { match }, speaker) {
    const { council, member } = speaker;
    const locale = council.locale;
    if (!mayManageHearings(member))
      return sendText(context, t(locale, 'meeting.attendance_chat.only_secretariat'));
    let meetingId = match[1];
    if (meetingId === undefined) {
      const next = await kit.deps.useCases.nextMeetingForMember({
        councilId: council.id,
        memberId: member.id,
      });
      meetingId = next.ok ? next.value.next?.record.meeting.id : undefined;
    }
    if (meetingId === undefined)
      return sendText(context, t(locale, 'meeting.attendance_chat.no_meeting'));
    return sendCard(context, await attendanceCardFor(kit, speaker, meetingId));
  },
};

const guestData = z.looseObject({
  meetingId: cardText,
  guestName: cardText,
  organisation: cardText,
  note: cardText,
  presenter: cardText,
  item: cardText,
});

/**
 * "Tilføj" under the fremmøde card: the guest or presenter is added and the
 * card comes back with them in it; a problem comes back on the card with
 * what was typed kept.
 */
export const addGuestVerb = defineVerb(
  meetingVerbNames.addGuest,
  guestData,
  async (kit: TeamsKit, context: TurnContext, data): Promise<CardAnswer> => {
    const speaker = await formSender(
      kit,
      context,
      'meeting.attendance_chat.heading',
      mayManageHearings,
      'meeting.attendance_chat.only_secretariat',
    );
    if (!('council' in speaker)) return speaker;
    const locale = speaker.council.locale;
    const meetingId = data.meetingId ?? '';
    const values: GuestFormValues = {
      ...(data.guestName ? { guestName: data.guestName } : {}),
      ...(data.organisation ? { organisation: data.organisation } : {}),
      ...(data.note ? { note: data.note } : {}),
      presenter: data.presenter === 'true',
      ...(data.item ? { item: data.item } : {}),
    };
    const again = (text: string) =>
      attendanceCardFor(kit, speaker, meetingId, {
        banner: { text, tone: 'attention' },
        values,
      });
    const missing = (key: 'guest_name' | 'guest_organisation') =>
      t(locale, 'meeting.attendance_chat.field_missing', {
        field: t(locale, `meeting.attendance_chat.${key}`),
      });
    if (data.guestName === undefined) return again(missing('guest_name'));
    if (data.organisation === undefined) return again(missing('guest_organisation'));
    const note = [
      data.item === undefined
        ? undefined
        : t(locale, 'meeting.attendance_chat.under_item', { item: data.item }),
      data.note,
    ]
      .filter((part): part is string => part !== undefined)
      .join('; ');
    const added = await kit.deps.useCases.addMeetingGuest({
      councilId: speaker.council.id,
      actorId: speaker.member.id,
      meetingId,
      guestName: data.guestName,
      organisation: data.organisation,
      ...(note === '' ? {} : { note }),
      presenter: values.presenter === true || data.item !== undefined,
    });
    if (!added.ok) return again(describeFailure(locale, added));
    const { guest, record } = added.value;
    const group = [guest.presenter ? 'Oplægsholdere' : '', guest.organisation, guest.note ?? '']
      .filter((part) => part !== '')
      .join('; ');
    return attendanceCardFor(kit, speaker, meetingId, {
      banner: {
        text: t(locale, 'meeting.attendance_chat.guest_added', {
          name: guest.name,
          title: record.meeting.title,
          group,
        }),
        tone: 'good',
      },
    });
  },
);
