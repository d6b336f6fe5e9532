import type { Hearing } from '../../domain/hearings/hearing.ts';
import type { HearingStore } from './ports.ts';

/** A hearing on a meeting's agenda item that has closed with a result. */
export type ClosedItemHearing = Hearing & {
  readonly agendaItem: string;
  readonly result: NonNullable<Hearing['result']>;
};

/**
 * The closed hearings with a result on one item of a meeting, the most
 * recently closed first: the first one prefills the item's Beslutning.
 */
export async function closedHearingsOnItem(
  hearings: HearingStore,
  councilId: string,
  meetingId: string,
  item: string,
): Promise<ClosedItemHearing[]> {
  const all = await hearings.hearingsOfMeeting(councilId, meetingId);
  return all
    .filter(
      (hearing): hearing is ClosedItemHearing =>
        hearing.agendaItem === item && hearing.state === 'closed' && hearing.result !== undefined,
    )
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
}
