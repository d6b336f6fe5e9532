import { z } from 'zod';
import type { Council } from '../../domain/council/council.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import { loadCouncil } from '../council/load-council.ts';
import type { AppDeps } from '../deps.ts';
import '../file-links.ts';
import { councilIdField } from '../input-fields.ts';
import { answeringStoreFailures as guard } from '../store-failures.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';

/**
 * 60 days: the overview with the link stays in the channel until the
 * meeting, and a calendar asks for the file only when someone clicks.
 */
export const invitationLinkMinutes = 60 * 24 * 60;

// What a link to a meeting's calendar invitation names; apart from the referat's links.
const subjectKind = 'invitation';

export const invitationLinkInput = z.object({
  councilId: councilIdField,
  meetingId: meetingIdField,
});
export type InvitationLinkInput = z.input<typeof invitationLinkInput>;

/**
 * A signed link to the meeting's calendar invitation (.ics). The file is
 * made when the link is opened, so a moved meeting's link gives the new
 * time (and a cancelled one's removes the entry).
 */
export async function invitationLink(
  deps: Pick<AppDeps, 'meetings' | 'clock' | 'fileLinks'>,
  raw: InvitationLinkInput,
): Promise<Result<{ url: string; expiresAt: string }>> {
  const input = validate(invitationLinkInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId } = input.value;
  const found = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!found.ok) return found;
  const expiresAt = new Date(deps.clock.now().getTime() + invitationLinkMinutes * 60_000);
  const url = await deps.fileLinks.link([subjectKind, councilId, meetingId], expiresAt);
  return succeed({ url, expiresAt: expiresAt.toISOString() });
}

export const openInvitationLinkInput = z.object({ token: z.string().max(4096) });
export type OpenInvitationLinkInput = z.input<typeof openInvitationLinkInput>;

/** The invitation a link names, or `not_an_invitation` when the token is some other file's (or no one's). */
export type OpenedInvitation =
  | {
      readonly kind: 'invitation';
      readonly council: Council;
      readonly record: MeetingRecord;
      /** When this version of the file is made (the calendar's DTSTAMP). */
      readonly stamp: Date;
    }
  | { readonly kind: 'not_an_invitation' };

/**
 * What a link made by invitationLink serves. A token that is not an
 * invitation's is handed on (the referat's links share the path); one past
 * its expiry is `minutes_link_expired`, the links' shared answer.
 */
export async function openInvitationLink(
  deps: Pick<AppDeps, 'councils' | 'meetings' | 'clock' | 'fileLinks'>,
  raw: OpenInvitationLinkInput,
): Promise<Result<OpenedInvitation>> {
  const input = validate(openInvitationLinkInput, raw);
  if (!input.ok) return succeed({ kind: 'not_an_invitation' });
  const opened = await deps.fileLinks.open(input.value.token, deps.clock.now());
  if (opened.status === 'invalid') return succeed({ kind: 'not_an_invitation' });
  const [kind, councilId = '', meetingId = '', ...rest] = opened.subject;
  if (kind !== subjectKind || rest.length > 0) return succeed({ kind: 'not_an_invitation' });
  if (opened.status === 'expired') return fail('minutes_link_expired');
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  return succeed({
    kind: 'invitation',
    council: council.value,
    record: record.value,
    stamp: deps.clock.now(),
  });
}

/** The invitation links' use cases, spread into the meetings' use cases. */
export const invitationLinkUseCases = (deps: AppDeps) => ({
  invitationLink: guard((input: InvitationLinkInput) => invitationLink(deps, input)),
  openInvitationLink: guard((input: OpenInvitationLinkInput) => openInvitationLink(deps, input)),
});
