/**
 * Meetings put in place through the use cases, for the chat tests of both
 * surfaces: a meeting ahead (its agenda published or not), and one held
 * whose minutes wait for approval with a follow-up point from its decision.
 */
import type { UseCases } from '../../src/app/use-cases.ts';
import { localDateInDays } from '../fakes/test-instants.ts';

export interface MeetingSeed {
  readonly councilId: string;
  /** The secretary who plans it. */
  readonly actorId: string;
  /** The harness clock's now. */
  readonly now: Date;
}

export const shortAgenda = `1. Rådets arbejde

1.1 Velkomst og godkendelse af dagsorden (O)
Sagen kort: Formanden byder velkommen.

1.2 Budget for 2028 (B)
Sagen kort: Sekretariatet har lagt et udkast til budget frem.
Indstilling: Det indstilles, at Rådet godkender budgettet.

1.3 Unge uden uddannelse (Oplæg + D)
Sagen kort: Jobcentret fortæller om de unge uden uddannelse.
`;

/** An agenda of `count` B items, each with a long title, under one theme. */
export function longAgenda(count: number): string {
  const items = Array.from(
    { length: count },
    (_, index) =>
      `1.${index + 1} Punkt ${index + 1}: en lang overskrift om beskæftigelsesindsatsen for ledige i regionen og virksomhedernes behov for arbejdskraft (B)\nSagen kort: Sekretariatet orienterer om punkt ${index + 1}.\nIndstilling: Det indstilles, at Rådet godkender punkt ${index + 1}.\n`,
  );
  return `1. Rådets arbejde\n\n${items.join('\n')}`;
}

const must = <T>(
  result: { ok: true; value: T } | { ok: false; code: string; field?: string },
  what: string,
): T => {
  if (!result.ok) throw new Error(`${what}: ${result.code} ${result.field ?? ''}`);
  return result.value;
};

/** A meeting `daysAhead` days from now, 13:00–16:00, with the agenda imported and (by default) published. */
export async function planMeeting(
  useCases: UseCases,
  seed: MeetingSeed,
  options: { daysAhead?: number; agenda?: string; publish?: boolean; title?: string } = {},
): Promise<string> {
  const day = localDateInDays(options.daysAhead ?? 14, seed.now);
  const created = must(
    await useCases.createMeeting({
      councilId: seed.councilId,
      actorId: seed.actorId,
      title: options.title ?? 'Rådsmøde',
      start: `${day}T13:00`,
      end: `${day}T16:00`,
      place: 'Havnehuset, mødelokale 2',
    }),
    'createMeeting',
  );
  const meetingId = created.meeting.id;
  if (options.agenda !== '')
    must(
      await useCases.importAgendaIntoMeeting({
        councilId: seed.councilId,
        actorId: seed.actorId,
        meetingId,
        format: 'text',
        text: options.agenda ?? shortAgenda,
      }),
      'importAgendaIntoMeeting',
    );
  if (options.publish !== false)
    must(
      await useCases.publishAgenda({ councilId: seed.councilId, actorId: seed.actorId, meetingId }),
      'publishAgenda',
    );
  return meetingId;
}

/**
 * A meeting held three days ago whose budget item (1.2) was decided, its
 * follow-up point owned by `owner`, and its minutes sent for approval.
 */
export async function heldMeetingWithMinutes(
  useCases: UseCases,
  seed: MeetingSeed,
  options: { owner?: string } = {},
): Promise<{ meetingId: string; pointId: string }> {
  const meetingId = await planMeeting(useCases, seed, {
    daysAhead: -3,
    publish: false,
    title: 'Rådsmøde i december',
  });
  must(
    await useCases.recordDecision({
      councilId: seed.councilId,
      actorId: seed.actorId,
      meetingId,
      itemNumber: '1.2',
      text: 'Rådet godkendte budgettet. Sekretariatet sender det til ministeriet.',
    }),
    'recordDecision',
  );
  const pointId = `${meetingId}/1.2`;
  if (options.owner !== undefined)
    must(
      await useCases.setFollowUp({
        councilId: seed.councilId,
        actorId: seed.actorId,
        pointId,
        owner: options.owner,
        due: localDateInDays(10, seed.now),
      }),
      'setFollowUp',
    );
  must(
    await useCases.sendMinutesForApproval({
      councilId: seed.councilId,
      actorId: seed.actorId,
      meetingId,
      deadline: `${localDateInDays(7, seed.now)}T12:00`,
    }),
    'sendMinutesForApproval',
  );
  return { meetingId, pointId };
}
