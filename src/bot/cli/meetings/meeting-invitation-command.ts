import { writeFile } from 'node:fs/promises';
import { meetingInvitation } from '../../../documents/meetings/meeting-invitation.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { exitCodes, report, usage, withCouncil } from '../cli-context.ts';

/**
 * `meeting invitation MØDE [--out FIL.ics]`: the meeting as a calendar
 * invitation, to stdout or to a file. Sent again after a move, it updates the
 * entry the calendar already has; after a cancel, it removes it.
 */
export const meetingInvitationCommand = withCouncil(async ({ io, values, args }, council) => {
  const locale = council.locale;
  const meetingId = args[0];
  if (meetingId === undefined)
    return usage(io, t(locale, 'cli.meeting.missing_id', { command: 'invitation' }));
  const shown = await io.useCases.showMeeting({ councilId: council.id, meetingId });
  if (!shown.ok) return report(io, locale, shown);
  const ics = meetingInvitation(council, shown.value, io.clock.now());
  if (values.out === undefined) {
    io.out.write(ics);
    return exitCodes.ok;
  }
  try {
    await writeFile(values.out, ics);
  } catch {
    return usage(io, t(locale, 'cli.cannot_write', { path: values.out }));
  }
  io.out.write(`${t(locale, 'cli.meeting.invitation.written', { path: values.out })}\n`);
  return exitCodes.ok;
});
