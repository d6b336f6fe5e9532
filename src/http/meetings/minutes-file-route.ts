import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileLinkPath } from '../../app/file-links.ts';
import type { OpenedMinutes } from '../../app/meetings/minutes-links.ts';
import { minutesMarkdown } from '../../bot/present/meetings/minutes/minutes-markdown.ts';
import { minutesOfRecord } from '../../bot/present/meetings/minutes/minutes-of-record.ts';
import { minutesDocx } from '../../documents/meetings/minutes-docx.ts';
import { describeFailure, t } from '../../i18n/meetings/index.ts';
import type { HttpContext } from '../http-part.ts';
import type { RequestHandler } from '../http-server.ts';
import {
  pathOf,
  refuseUnlessReading,
  sendFile,
  sendTextPage,
  type ServedFile,
} from '../file-response.ts';

const contentTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
} as const;

/**
 * GET /files/<token>: the referat a signed link names (meeting minutes
 * --url, later "Generér referat" in chat), made from the stored meeting as it
 * is now, exactly as `meeting minutes` makes it. An expired link is 410 with
 * a page saying to ask for a new one; anything else that does not open (a
 * forged or mistyped token, a meeting gone) is a plain 404 that says nothing
 * about why.
 */
export const minutesFileRoute =
  ({ useCases, logger }: HttpContext): RequestHandler =>
  async (request, response) => {
    const path = pathOf(request);
    if (!path.startsWith(fileLinkPath)) return false;
    if (refuseUnlessReading(request, response)) return true;
    const opened = await useCases.openMinutesLink({ token: path.slice(fileLinkPath.length) });
    if (opened.ok) {
      sendFile(request, response, await minutesFile(opened.value));
      return true;
    }
    if (opened.code === 'minutes_link_expired') {
      bothLanguages(request, response, 410, 'expired', opened.code);
    } else if (opened.code === 'store_unavailable') {
      logger.warn({ code: opened.code }, 'a file link could not be opened: Redis is unreachable');
      response.setHeader('retry-after', '5');
      sendTextPage(
        request,
        response,
        503,
        (['da', 'en'] as const).map((locale) => describeFailure(locale, opened)),
      );
    } else {
      bothLanguages(request, response, 404, 'not_found', 'minutes_link_invalid');
    }
    return true;
  };

/** Danish first, then English: the link does not say whose it is before it is opened. */
export function bothLanguages(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  page: 'expired' | 'not_found',
  code: 'minutes_link_expired' | 'minutes_link_invalid',
) {
  sendTextPage(
    request,
    response,
    status,
    (['da', 'en'] as const).map(
      (locale) =>
        `${t(locale, `meeting.minutes.link_page_${page}_title`)}\n${t(locale, `error.${code}`)}`,
    ),
  );
}

async function minutesFile({
  council,
  meeting,
  format,
  document,
}: OpenedMinutes): Promise<ServedFile> {
  const source = minutesOfRecord(council, meeting, document);
  const fileName = document === 'agenda' ? 'meeting.agenda.file_name' : 'meeting.minutes.file_name';
  const name = t(council.locale, fileName, {
    title: meeting.meeting.title,
    date: meeting.meeting.start.slice(0, 10),
  });
  return {
    body:
      format === 'docx'
        ? await minutesDocx(source, council.locale)
        : minutesMarkdown(source, council.locale),
    contentType: contentTypes[format],
    filename: `${name}.${format}`,
  };
}
