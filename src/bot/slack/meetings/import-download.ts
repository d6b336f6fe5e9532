import { fail, succeed, type Result } from '../../../domain/errors.ts';
import {
  checkSharedAgendaSize,
  maxSharedAgendaBytes,
} from '../../../documents/meetings/shared-agenda-file.ts';

/**
 * Downloads a file shared with the bot from Slack (url_private, which needs
 * the bot token and files:read), stopping as soon as it grows past what we
 * read: the size Slack reported was checked before, but the bytes decide.
 */
export async function downloadSlackFile(url: string, token: string): Promise<Result<Uint8Array>> {
  const failed = fail('agenda_file_download_failed');
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      redirect: 'follow',
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return failed;
  }
  // Slack answers a missing scope or a bad token with its sign-in page, not the file.
  if (!response.ok || response.body === null) return failed;
  if ((response.headers.get('content-type') ?? '').startsWith('text/html')) return failed;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      // Leaving the loop cancels the download.
      if (size > maxSharedAgendaBytes) break;
      chunks.push(chunk);
    }
  } catch {
    return failed;
  }
  const refused = checkSharedAgendaSize(size);
  if (!refused.ok) return refused;
  return size > maxSharedAgendaBytes ? failed : succeed(Buffer.concat(chunks));
}
