import type { HttpPart } from '../http-part.ts';
import { invitationFileRoute } from './invitation-file-route.ts';
import { minutesFileRoute } from './minutes-file-route.ts';

/**
 * The meetings' routes on the HTTP server: the calendar invitation and the
 * referat behind signed links. The invitation's route comes first and hands
 * on every token that is not an invitation's.
 */
export const meetingsHttp: HttpPart = {
  handlers: (context) => [invitationFileRoute(context), minutesFileRoute(context)],
};
