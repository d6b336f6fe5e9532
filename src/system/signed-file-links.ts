import type { FileLinks, LinkSubject, OpenedLink } from '../app/file-links.ts';
import { fileLinkPath } from '../app/file-links.ts';
import { checkToken, signToken } from './signed-tokens.ts';

export interface SignedFileLinksOptions {
  /** Where people reach the service, without a trailing slash. */
  readonly baseUrl: string;
  /** The signing secret; asked for on each use, so it may come from Redis. */
  readonly secret: () => Promise<string>;
}

/** File links signed with HMAC-SHA256 (see signed-tokens.ts). */
export class SignedFileLinks implements FileLinks {
  constructor(private readonly options: SignedFileLinksOptions) {}

  async link(subject: LinkSubject, expiresAt: Date): Promise<string> {
    const token = signToken(await this.options.secret(), subject, expiresAt);
    return `${this.options.baseUrl}${fileLinkPath}${token}`;
  }

  async open(token: string, now: Date): Promise<OpenedLink> {
    const checked = checkToken(await this.options.secret(), token, now);
    return checked.status === 'invalid'
      ? checked
      : { status: checked.status, subject: checked.fields, expiresAt: checked.expiresAt };
  }
}
