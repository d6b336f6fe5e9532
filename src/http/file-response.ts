import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers every file and page behind a link carries: never cached, never sniffed. */
const privateHeaders = {
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

export interface ServedFile {
  readonly body: Buffer | string;
  readonly contentType: string;
  /** The name to save it under, extension included; any characters (sanitised here). */
  readonly filename: string;
}

/** The path of a request, without its query. */
export const pathOf = (request: IncomingMessage): string =>
  (request.url ?? '/').split('?')[0] ?? '/';

/** GET and HEAD read; anything else is answered 405 with what is allowed. */
export function refuseUnlessReading(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  response.writeHead(405, { ...privateHeaders, allow: 'GET, HEAD' });
  response.end();
  return true;
}

/** A file to download, as an attachment; HEAD gets the same headers and no body. */
export function sendFile(request: IncomingMessage, response: ServerResponse, file: ServedFile) {
  const body = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body;
  response.writeHead(200, {
    ...privateHeaders,
    'content-type': file.contentType,
    'content-length': body.length,
    'content-disposition': contentDisposition(file.filename),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** A short plain-text page (an expired or unknown link), in the languages given. */
export function sendTextPage(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  paragraphs: readonly string[],
) {
  const body = Buffer.from(`${paragraphs.join('\n\n')}\n`, 'utf8');
  response.writeHead(status, {
    ...privateHeaders,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * `attachment` with the name twice (RFC 6266): `filename*` in UTF-8 for
 * browsers, `filename` in ASCII for the rest. Characters a file system or a
 * header would trip on (/ \ : * ? " < > | and control characters) become
 * spaces first.
 */
export function contentDisposition(filename: string): string {
  // Well formed first: a lone surrogate would make encodeURIComponent throw.
  const cleaned = filename
    .replace(/\p{Cs}/gu, '\ufffd')
    .replace(/[\p{Cc}/\\:*?"<>|;]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by characters, not UTF-16 units, so a long name never ends in half a letter.
  const safe = Array.from(cleaned).slice(0, 180).join('');
  const name = safe === '' || safe.startsWith('.') ? `file${safe}` : safe;
  const ascii = asciiOf(name);
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const danishLetters: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  Æ: 'Ae',
  Ø: 'Oe',
  Å: 'Aa',
};

/** "Rådsmøde" → "Raadsmoede": Danish letters spelt out, accents dropped, the rest "_". */
const asciiOf = (name: string): string =>
  name
    .replace(/[æøåÆØÅ]/g, (letter) => danishLetters[letter] ?? '_')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');
