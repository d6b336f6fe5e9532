import { fail, succeed, type Result } from '../../domain/errors.ts';
import { checkSharedAgendaSize, maxSharedAgendaBytes } from './shared-agenda-file.ts';

/**
 * Downloads a file shared with the bot in chat: from Slack (url_private,
 * with the bot token) or Teams (the attachment's short-lived downloadUrl).
 * A file whose announced length is over the limit is refused before its body
 * is read; the bytes are counted too, and the download stops once they pass
 * the limit.
 */
export async function downloadSharedFile(
  url: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<Result<Uint8Array>> {
  const failed = fail('agenda_file_download_failed');
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return failed;
  }
  const body = response.body;
  // Slack answers a missing scope or a bad token with its sign-in page, not the file.
  if (!response.ok || body === null) return failed;
  if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
    await body.cancel().catch(() => undefined);
    return failed;
  }
  const announced = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooLarge = checkSharedAgendaSize(Number.isFinite(announced) ? announced : undefined);
  if (!tooLarge.ok) {
    await body.cancel().catch(() => undefined);
    return tooLarge;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      // Leaving the loop cancels the download.
      if (size > maxSharedAgendaBytes) break;
      chunks.push(chunk);
    }
  } catch {
    return failed;
  }
  const counted = checkSharedAgendaSize(size);
  if (!counted.ok) return counted;
  return succeed(Buffer.concat(chunks));
}
