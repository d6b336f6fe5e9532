import { t } from '../../../i18n/meetings/index.ts';
import { exitCodes, report, usage, withCouncil, type Command, type CliIo } from '../cli-context.ts';
import { meetingListLine, meetingText, meetingWhen } from './meeting-text.ts';

const say = (io: CliIo, text: string): number => {
  io.out.write(`${text}\n`);
  return exitCodes.ok;
};

/** "2026-12-03 13:00" (or "…T13:00", "13.00") → council-local 'YYYY-MM-DDTHH:mm'; the use case checks it. */
export const localDateTimeOption = (text: string): string =>
  text
    .trim()
    .replace(/\s+/, 'T')
    .replace(/(\d)\.(\d{2})$/, '$1:$2');

/** --end is a time on the start's day; a whole date and time is taken as it is. */
const endOption = (end: string, start: string): string => {
  const local = localDateTimeOption(end);
  if (local.includes('T')) return local;
  const time = /^\d:/.test(local) ? `0${local}` : local;
  return `${start.split('T')[0] ?? ''}T${time}`;
};

/** Create, list, show and cancel meetings. */
export const meetingCommands: Readonly<Record<string, Command>> = {
  'meeting create': withCouncil(async ({ io, values }, council) => {
    const locale = council.locale;
    if (values.title === undefined) return usage(io, t(locale, 'cli.meeting.missing_title'));
    if (values.start === undefined) return usage(io, t(locale, 'cli.meeting.missing_start'));
    if (values.end === undefined) return usage(io, t(locale, 'cli.meeting.missing_end'));
    const start = localDateTimeOption(values.start);
    const created = await io.useCases.createMeeting({
      councilId: council.id,
      actorId: values.as ?? '',
      title: values.title,
      start,
      end: endOption(values.end, start),
      ...(values.place === undefined ? {} : { place: values.place }),
      ...(values.link === undefined ? {} : { onlineLink: values.link }),
      ...(values['afbud-deadline'] === undefined
        ? {}
        : { afbudDeadline: localDateTimeOption(values['afbud-deadline']) }),
    });
    if (!created.ok) return report(io, locale, created);
    const { meeting } = created.value;
    return say(
      io,
      `${t(locale, 'cli.meeting.created', { title: meeting.title, id: meeting.id })}\n${meetingText(locale, created.value, council.timeZone)}`,
    );
  }),

  'meeting list': withCouncil(async ({ io }, council) => {
    const listed = await io.useCases.listMeetings({ councilId: council.id });
    if (!listed.ok) return report(io, council.locale, listed);
    if (listed.value.length === 0) return say(io, t(council.locale, 'cli.meeting.none'));
    return say(
      io,
      listed.value.map((record) => meetingListLine(council.locale, record.meeting)).join('\n'),
    );
  }),

  'meeting show': withCouncil(async ({ io, args }, council) => {
    const meetingId = args[0];
    if (meetingId === undefined)
      return usage(io, t(council.locale, 'cli.meeting.missing_id', { command: 'show' }));
    const shown = await io.useCases.showMeeting({ councilId: council.id, meetingId });
    if (!shown.ok) return report(io, council.locale, shown);
    return say(io, meetingText(council.locale, shown.value, council.timeZone));
  }),

  /** It cannot be undone, so it asks for --yes first, naming the meeting. */
  'meeting cancel': withCouncil(async ({ io, values, args }, council) => {
    const locale = council.locale;
    const meetingId = args[0];
    if (meetingId === undefined)
      return usage(io, t(locale, 'cli.meeting.missing_id', { command: 'cancel' }));
    const input = { councilId: council.id, actorId: values.as ?? '', meetingId };
    if (values.yes !== true) {
      // Asks only when the cancel would work: a refusal is said at once.
      const checked = await io.useCases.cancelMeeting({ ...input, onlyCheck: true });
      if (!checked.ok) return report(io, locale, checked);
      const { meeting } = checked.value;
      io.err.write(
        `${t(locale, 'cli.meeting.cancel_needs_yes', { title: meeting.title, date: meetingWhen(locale, meeting) })}\n`,
      );
      return exitCodes.refused;
    }
    const cancelled = await io.useCases.cancelMeeting(input);
    if (!cancelled.ok) return report(io, locale, cancelled);
    const { meeting } = cancelled.value;
    return say(
      io,
      t(locale, 'cli.meeting.cancelled', {
        title: meeting.title,
        date: meetingWhen(locale, meeting),
      }),
    );
  }),
};
