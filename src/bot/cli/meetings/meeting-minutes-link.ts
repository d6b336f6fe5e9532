import type { Locale } from '../../../domain/council/council.ts';
import { localDateTimeOf } from '../../../domain/meetings/meeting-record.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { exitCodes, report, usage, withCouncil, type CommandContext } from '../cli-context.ts';
import { localMoment } from './meeting-attendance-commands.ts';

// Kept in step with the use case's bound (minutesLinkInput): at most 30 days.
const maxDays = 30;
const minutesPer: Readonly<Record<string, number>> = { d: 24 * 60, t: 60, h: 60, m: 1 };

/** "7d", "12t" / "12h", "30m" as minutes; undefined for anything else or beyond 30 days. */
export function validForMinutes(valid: string): number | undefined {
  const match = /^(\d{1,6})\s*([dthm])$/i.exec(valid.trim());
  if (match === null) return undefined;
  const minutes = Number(match[1]) * (minutesPer[match[2]!.toLowerCase()] ?? 0);
  return minutes >= 1 && minutes <= maxDays * 24 * 60 ? minutes : undefined;
}

/**
 * `meeting minutes MEETING --url [--format docx|md] [--valid 7d]`: a signed
 * link to the stored meeting's referat, made when it is opened, and when the
 * link stops working, in the council's language and time.
 */
export async function minutesLinkCommand(
  context: CommandContext,
  locale: Locale,
  format: 'docx' | 'md',
): Promise<number> {
  const { io, values, args } = context;
  if (values.out !== undefined) return usage(io, t(locale, 'cli.meeting.minutes.link_or_out'));
  const meetingId = args[0];
  if (meetingId === undefined || !/^[\w-]+$/.test(meetingId))
    return usage(io, t(locale, 'cli.meeting.minutes.link_needs_meeting'));
  const valid = values.valid ?? '7d';
  const minutes = validForMinutes(valid);
  if (minutes === undefined)
    return usage(io, t(locale, 'cli.meeting.minutes.link_valid', { valid, max: maxDays }));
  return withCouncil(async (inCouncil, council) => {
    const link = await inCouncil.io.useCases.minutesLink({
      councilId: council.id,
      meetingId,
      format,
      validForMinutes: minutes,
    });
    if (!link.ok) return report(inCouncil.io, council.locale, link);
    const until = localMoment(
      council.locale,
      localDateTimeOf(new Date(link.value.expiresAt), council.timeZone),
    );
    inCouncil.io.out.write(
      `${t(council.locale, 'cli.meeting.minutes.link', { format, until, url: link.value.url })}\n`,
    );
    return exitCodes.ok;
  })(context);
}
