import { z } from 'zod';
import type { Council } from '../../domain/council/council.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { loadCouncil } from '../council/load-council.ts';
import type { AppDeps } from '../deps.ts';
import '../file-links.ts';
import { councilIdField } from '../input-fields.ts';
import { answeringStoreFailures as guard } from '../store-failures.ts';
import { validate } from '../validate.ts';
import { showMeeting, type ShownMeeting } from './list-meetings.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';

export const minutesLinkFormats = ['docx', 'md'] as const;
export type MinutesLinkFormat = (typeof minutesLinkFormats)[number];

/** A week: long enough to read and approve the referat, short enough not to linger. */
export const defaultMinutesLinkMinutes = 7 * 24 * 60;
/** At most 30 days: a link in a chat is passed on; a new one is one click away. */
export const maxMinutesLinkMinutes = 30 * 24 * 60;

/** The documents a meeting has behind a link: the referat, or the agenda before the meeting. */
export const meetingDocuments = ['minutes', 'agenda'] as const;
export type MeetingDocument = (typeof meetingDocuments)[number];

export const minutesLinkInput = z.object({
  councilId: councilIdField,
  meetingId: meetingIdField,
  format: z.enum(minutesLinkFormats).default('docx'),
  /** The first word of what a link names keeps the documents apart from each other and from other files. */
  document: z.enum(meetingDocuments).default('minutes'),
  validForMinutes: z
    .number()
    .int()
    .min(1)
    .max(maxMinutesLinkMinutes)
    .default(defaultMinutesLinkMinutes),
});
export type MinutesLinkInput = z.input<typeof minutesLinkInput>;

export interface MinutesLink {
  readonly url: string;
  readonly format: MinutesLinkFormat;
  /** ISO instant from which the link answers "expired". */
  readonly expiresAt: string;
}

/**
 * A signed link to a stored meeting's referat (or, with `document: 'agenda'`,
 * its agenda), as Word or Markdown, that expires. The referat is made when the link is opened, so it shows the
 * meeting as it is then (decisions recorded after the link was made too).
 */
export async function minutesLink(
  deps: Pick<AppDeps, 'meetings' | 'clock' | 'fileLinks'>,
  raw: MinutesLinkInput,
): Promise<Result<MinutesLink>> {
  const input = validate(minutesLinkInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId, format, validForMinutes, document } = input.value;
  const found = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!found.ok) return found;
  const expiresAt = new Date(deps.clock.now().getTime() + validForMinutes * 60_000);
  const url = await deps.fileLinks.link([document, councilId, meetingId, format], expiresAt);
  return succeed({ url, format, expiresAt: expiresAt.toISOString() });
}

export const openMinutesLinkInput = z.object({ token: z.string().max(4096) });
export type OpenMinutesLinkInput = z.input<typeof openMinutesLinkInput>;

export interface OpenedMinutes {
  readonly council: Council;
  readonly meeting: ShownMeeting;
  readonly format: MinutesLinkFormat;
  readonly document: MeetingDocument;
}

const isDocument = (kind: string | undefined): kind is MeetingDocument =>
  (meetingDocuments as readonly (string | undefined)[]).includes(kind);

const isFormat = (format: string | undefined): format is MinutesLinkFormat =>
  (minutesLinkFormats as readonly (string | undefined)[]).includes(format);

/**
 * What a link made by minutesLink serves: the council, the meeting as shown
 * now, and the format. A link not signed by us, or for something other than
 * a referat, is `minutes_link_invalid`; one past its expiry is
 * `minutes_link_expired`.
 */
export async function openMinutesLink(
  deps: Parameters<typeof showMeeting>[0] & Pick<AppDeps, 'fileLinks'>,
  raw: OpenMinutesLinkInput,
): Promise<Result<OpenedMinutes>> {
  const input = validate(openMinutesLinkInput, raw);
  if (!input.ok) return fail('minutes_link_invalid');
  const opened = await deps.fileLinks.open(input.value.token, deps.clock.now());
  if (opened.status === 'invalid') return fail('minutes_link_invalid');
  const [kind, councilId = '', meetingId = '', format, ...rest] = opened.subject;
  if (!isDocument(kind) || !isFormat(format) || rest.length > 0)
    return fail('minutes_link_invalid');
  if (opened.status === 'expired') return fail('minutes_link_expired');
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const meeting = await showMeeting(deps, { councilId, meetingId });
  if (!meeting.ok) return meeting;
  return succeed({ council: council.value, meeting: meeting.value, format, document: kind });
}

/** The links' use cases, spread into the meetings' use cases. */
export const minutesLinkUseCases = (deps: AppDeps) => ({
  minutesLink: guard((input: MinutesLinkInput) => minutesLink(deps, input)),
  openMinutesLink: guard((input: OpenMinutesLinkInput) => openMinutesLink(deps, input)),
});
