import { t } from '../../../i18n/meetings/index.ts';
import { exitCodes, report, usage, withCouncil } from '../cli-context.ts';
import { localDateTimeOption } from './meeting-commands.ts';
import { meetingReminderLines } from './meeting-reminder-lines.ts';
import { meetingHeaderLines, meetingWhen } from './meeting-text.ts';

/**
 * `meeting move MØDE [--start "ÅÅÅÅ-MM-DD TT:MM"] [--end TT:MM]
 * [--afbud-deadline …] --as ID`. A new start alone keeps the meeting's
 * length and the afbud deadline's lead; an --end alone keeps the day and the
 * start (see movedTimes in src/domain/meetings/meeting-move.ts).
 */
export const meetingMove = withCouncil(async ({ io, values, args }, council) => {
  const locale = council.locale;
  const meetingId = args[0];
  if (meetingId === undefined)
    return usage(io, t(locale, 'cli.meeting.missing_id', { command: 'move' }));
  const option = (value: string | undefined) =>
    value === undefined ? undefined : localDateTimeOption(value);
  const [start, end, afbudDeadline] = [
    option(values.start),
    option(values.end),
    option(values['afbud-deadline']),
  ];
  const moved = await io.useCases.moveMeeting({
    councilId: council.id,
    actorId: values.as ?? '',
    meetingId,
    ...(start === undefined ? {} : { start }),
    // "9:00" and "09:00" are the same time of day.
    ...(end === undefined ? {} : { end: /^\d:/.test(end) ? `0${end}` : end }),
    ...(afbudDeadline === undefined ? {} : { afbudDeadline }),
  });
  if (!moved.ok) return report(io, locale, moved);
  const { record, reminders } = moved.value;
  const { meeting } = record;
  io.out.write(
    [
      t(locale, 'cli.meeting.moved', { title: meeting.title, when: meetingWhen(locale, meeting) }),
      ...meetingHeaderLines(locale, meeting, council.timeZone),
      '',
      ...meetingReminderLines(locale, meeting, reminders, council.timeZone),
      t(locale, 'cli.meeting.invitation.hint', { id: meeting.id }),
    ].join('\n') + '\n',
  );
  return exitCodes.ok;
});
