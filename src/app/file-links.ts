/**
 * Links to files the service makes on demand (the referat as Word or
 * Markdown): signed, so they cannot be guessed or turned into a link to
 * something else, and expiring. Every capability shares this port; what a
 * link names (`subject`) is the capability's, e.g. ['minutes', council,
 * meeting, 'docx'].
 */
export type LinkSubject = readonly string[];

export type OpenedLink =
  | { readonly status: 'valid'; readonly subject: LinkSubject; readonly expiresAt: Date }
  | { readonly status: 'expired'; readonly subject: LinkSubject; readonly expiresAt: Date }
  | { readonly status: 'invalid' };

export interface FileLinks {
  /** The full URL of a link to `subject`, good until `expiresAt`. */
  link(subject: LinkSubject, expiresAt: Date): Promise<string>;
  /** What the token of a link (the part after /files/) names, checked at `now`. */
  open(token: string, now: Date): Promise<OpenedLink>;
}

/** The path a link's token is served under, after the base URL. */
export const fileLinkPath = '/files/';

declare module './deps.ts' {
  interface AppDeps {
    readonly fileLinks: FileLinks;
  }
}
