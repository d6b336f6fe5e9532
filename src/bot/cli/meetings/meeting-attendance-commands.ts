import type { Locale } from '../../../domain/council/council.ts';
import type { MeetingGuest } from '../../../domain/meetings/attendance-sheet.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { formatDate, t } from '../../../i18n/meetings/index.ts';
import { attendanceOverview } from '../../present/meetings/attendance-overview.ts';
import { exitCodes, report, usage, withCouncil, type CliIo, type Command } from '../cli-context.ts';
import { meetingWhen } from './meeting-text.ts';

const say = (io: CliIo, lines: readonly string[]): number => {
  io.out.write(`${lines.join('\n')}\n`);
  return exitCodes.ok;
};

/** "30.11.2026 kl. 12.00" of a council-local 'YYYY-MM-DDTHH:mm'. */
export const localMoment = (locale: Locale, local: string): string => {
  const [date = local, time = ''] = local.split('T');
  return t(locale, 'cli.approval.at', {
    date: formatDate(locale, date),
    time: locale === 'da' ? time.replace(':', '.') : time,
  });
};

const titled = (locale: Locale, meeting: Meeting) => ({
  title: meeting.title,
  when: meetingWhen(locale, meeting),
});

/** "Oplægsholdere; STAR; under punkt 2.1.1": where the guest is printed, and their notes. */
const guestGroup = (guest: MeetingGuest): string =>
  [guest.presenter ? 'Oplægsholdere' : '', guest.organisation, guest.note ?? '']
    .filter((part) => part !== '')
    .join('; ');

/** Afbud, "coming" and the attendance of a meeting. */
export const meetingAttendanceCommands: Readonly<Record<string, Command>> = {
  /** `meeting afbud MØDE --as ID [--reason …] [--for MEDLEM] [--withdraw]` */
  'meeting afbud': withCouncil(async ({ io, values, args }, council) => {
    const locale = council.locale;
    const meetingId = args[0];
    if (meetingId === undefined)
      return usage(io, t(locale, 'cli.meeting.missing_id', { command: 'afbud' }));
    const input = {
      councilId: council.id,
      actorId: values.as ?? '',
      meetingId,
      ...(values.for === undefined ? {} : { onBehalfOf: values.for }),
    };
    if (values.withdraw === true) {
      const withdrawn = await io.useCases.withdrawMeetingAfbud(input);
      if (!withdrawn.ok) return report(io, locale, withdrawn);
      const { record, member } = withdrawn.value;
      return say(io, [
        t(locale, 'cli.attendance.afbud_withdrawn', {
          ...titled(locale, record.meeting),
          name: member.name,
        }),
      ]);
    }
    const sent = await io.useCases.sendMeetingAfbud({
      ...input,
      ...(values.reason === undefined ? {} : { reason: values.reason }),
    });
    if (!sent.ok) return report(io, locale, sent);
    const { record, member, substitute, added, afterDeadline, absence } = sent.value;
    const meeting = record.meeting;
    const lines = [
      added
        ? t(locale, 'cli.attendance.afbud_sent', {
            ...titled(locale, meeting),
            name: member.name,
            reason: absence.reason ?? '',
          })
        : t(locale, 'cli.attendance.afbud_repeat', {
            ...titled(locale, meeting),
            name: member.name,
          }),
      substitute === undefined
        ? t(locale, 'cli.attendance.seat_empty')
        : t(locale, 'cli.attendance.seat_to_substitute', { substitute: substitute.name }),
    ];
    if (afterDeadline && meeting.afbudDeadline !== undefined)
      lines.push(
        t(locale, 'cli.attendance.after_deadline', {
          deadline: localMoment(locale, meeting.afbudDeadline),
        }),
      );
    return say(io, lines);
  }),

  /** `meeting coming MØDE --as ID` */
  'meeting coming': withCouncil(async ({ io, values, args }, council) => {
    const locale = council.locale;
    const meetingId = args[0];
    if (meetingId === undefined)
      return usage(io, t(locale, 'cli.meeting.missing_id', { command: 'coming' }));
    const marked = await io.useCases.markComing({
      councilId: council.id,
      actorId: values.as ?? '',
      meetingId,
    });
    if (!marked.ok) return report(io, locale, marked);
    const { record, member, withdrewAfbud } = marked.value;
    return say(io, [
      t(locale, 'cli.attendance.coming', { ...titled(locale, record.meeting), name: member.name }),
      ...(withdrewAfbud ? [t(locale, 'cli.attendance.coming_withdrew_afbud')] : []),
    ]);
  }),

  /** `meeting attendance MØDE [--add NAVN --organisation ORG [--note …] [--presenter]] [--remove NAVN] --as ID` */
  'meeting attendance': withCouncil(async ({ io, values, args }, council) => {
    const locale = council.locale;
    const meetingId = args[0];
    if (meetingId === undefined)
      return usage(io, t(locale, 'cli.meeting.missing_id', { command: 'attendance' }));
    const changed: string[] = [];
    if (values.add !== undefined) {
      if (values.organisation === undefined)
        return usage(io, t(locale, 'cli.attendance.missing_organisation'));
      const added = await io.useCases.addMeetingGuest({
        councilId: council.id,
        actorId: values.as ?? '',
        meetingId,
        guestName: values.add,
        organisation: values.organisation,
        ...(values.note === undefined ? {} : { note: values.note }),
        presenter: values.presenter === true,
      });
      if (!added.ok) return report(io, locale, added);
      const { guest } = added.value;
      changed.push(
        t(
          locale,
          added.value.added ? 'cli.attendance.guest_added' : 'cli.attendance.guest_updated',
          {
            name: guest.name,
            group: guestGroup(guest),
          },
        ),
        '',
      );
    } else if (values.remove !== undefined) {
      const removed = await io.useCases.removeMeetingGuest({
        councilId: council.id,
        actorId: values.as ?? '',
        meetingId,
        guestName: values.remove,
      });
      if (!removed.ok) return report(io, locale, removed);
      changed.push(t(locale, 'cli.attendance.guest_removed', { name: removed.value.name }), '');
    }
    const shown = await io.useCases.meetingAttendance({ councilId: council.id, meetingId });
    if (!shown.ok) return report(io, locale, shown);
    const { record } = shown.value;
    // The same lines as the secretariat's fremmøde in chat, under the command line's own title.
    const overview = attendanceOverview(locale, shown.value);
    const lines = [
      ...changed,
      t(locale, 'cli.attendance.title', titled(locale, record.meeting)),
      ...overview.summary,
      '',
      ...overview.grouped,
    ];
    return say(io, lines.at(-1) === '' ? lines.slice(0, -1) : lines);
  }),
};
