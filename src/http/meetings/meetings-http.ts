import type { HttpPart } from '../http-part.ts';
import { minutesFileRoute } from './minutes-file-route.ts';

/** The meetings' routes on the HTTP server: the referat behind a signed link. */
export const meetingsHttp: HttpPart = {
  handlers: (context) => [minutesFileRoute(context)],
};
