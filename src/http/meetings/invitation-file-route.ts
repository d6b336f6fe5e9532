import { fileLinkPath } from '../../app/file-links.ts';
import { meetingInvitation } from '../../documents/meetings/meeting-invitation.ts';
import { t } from '../../i18n/meetings/index.ts';
import type { HttpContext } from '../http-part.ts';
import type { RequestHandler } from '../http-server.ts';
import { pathOf, refuseUnlessReading, sendFile } from '../file-response.ts';
import { bothLanguages } from './minutes-file-route.ts';

/**
 * GET /files/<token> for a meeting's calendar invitation (the link on the
 * published agenda): made when opened, so it has the meeting's time as it
 * is now. An expired invitation is 410 and one whose meeting is gone 404,
 * as for any file link; any other token is left to the referat's route after
 * this one.
 */
export const invitationFileRoute =
  ({ useCases }: HttpContext): RequestHandler =>
  async (request, response) => {
    const path = pathOf(request);
    if (!path.startsWith(fileLinkPath)) return false;
    const opened = await useCases.openInvitationLink({ token: path.slice(fileLinkPath.length) });
    // Not an invitation's token, or Redis away (the referat's route answers 503 the same way).
    if (
      (opened.ok && opened.value.kind !== 'invitation') ||
      (!opened.ok && opened.code === 'store_unavailable')
    )
      return false;
    if (refuseUnlessReading(request, response)) return true;
    if (!opened.ok) {
      const expired = opened.code === 'minutes_link_expired';
      bothLanguages(
        request,
        response,
        expired ? 410 : 404,
        expired ? 'expired' : 'not_found',
        expired ? 'minutes_link_expired' : 'minutes_link_invalid',
      );
      return true;
    }
    if (opened.value.kind !== 'invitation') return false;
    const { council, record, stamp } = opened.value;
    const name = t(council.locale, 'meeting.invitation.file_name', {
      title: record.meeting.title,
      date: record.meeting.start.slice(0, 10),
    });
    sendFile(request, response, {
      body: meetingInvitation(council, record, stamp),
      contentType: 'text/calendar; charset=utf-8',
      filename: `${name}.ics`,
    });
    return true;
  };
