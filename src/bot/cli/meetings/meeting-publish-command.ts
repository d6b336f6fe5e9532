import { t } from '../../../i18n/meetings/index.ts';
import { exitCodes, report, usage, withCouncil } from '../cli-context.ts';
import { meetingReminderLines } from './meeting-reminder-lines.ts';
import { meetingWhen } from './meeting-text.ts';

/**
 * `meeting publish MØDE --as ID`: the agenda is sent out. Here that marks it
 * so and queues the notices; the chat surfaces render them in a later step.
 */
export const meetingPublish = withCouncil(async ({ io, values, args }, council) => {
  const locale = council.locale;
  const meetingId = args[0];
  if (meetingId === undefined)
    return usage(io, t(locale, 'cli.meeting.missing_id', { command: 'publish' }));
  const published = await io.useCases.publishAgenda({
    councilId: council.id,
    actorId: values.as ?? '',
    meetingId,
  });
  if (!published.ok) return report(io, locale, published);
  const { record, again, reminders } = published.value;
  const { meeting } = record;
  const params = { title: meeting.title, when: meetingWhen(locale, meeting) };
  io.out.write(
    [
      t(locale, again ? 'cli.meeting.published_again' : 'cli.meeting.published', params),
      ...meetingReminderLines(locale, meeting, reminders, council.timeZone),
    ].join('\n') + '\n',
  );
  return exitCodes.ok;
});
