import type { ShownMeeting } from '../../../app/meetings/list-meetings.ts';
import type { UseCases } from '../../../app/use-cases.ts';
import { succeed, type Result } from '../../../domain/errors.ts';
import type { Council } from '../../../domain/council/council.ts';
import type { Member } from '../../../domain/council/roster.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import { mayRecordDecisions } from '../../../domain/meetings/decision.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import type {
  ChatNotice,
  NoticePlan,
  NoticePlans,
  ThreadReply,
} from '../../message-lifecycle/notice-plan.ts';

/** What the agenda's plans read; without `invitationLink` (a rendering test) no calendar link is shown. */
export type AgendaUseCases = Pick<UseCases, 'showMeeting' | 'describeCouncil'> &
  Partial<Pick<UseCases, 'invitationLink'>>;

/** A meeting's agenda as every surface shows it: the meeting as shown (decisions applied) and its council. */
export interface PublishedAgendaView {
  readonly council: Council;
  readonly meeting: ShownMeeting;
  /** A signed link to the meeting's calendar invitation (.ics); absent when none could be made. */
  readonly invitationUrl?: string;
  /** The council's roster, to name who recorded a decision; absent where nobody is named. */
  readonly members?: readonly Member[];
}

interface AgendaPublishedNotice extends ChatNotice {
  readonly kind: 'meeting_agenda_published';
  readonly meetingId: string;
}

const isAgendaPublished = (notice: ChatNotice): notice is AgendaPublishedNotice =>
  notice.kind === 'meeting_agenda_published' &&
  typeof (notice as { meetingId?: unknown }).meetingId === 'string';

function agendaNotice(notice: ChatNotice): AgendaPublishedNotice {
  if (!isAgendaPublished(notice)) throw new Error(`not a published agenda: ${notice.kind}`);
  return notice;
}

/** The subject key of a meeting's overview message in the ChatDirectory. */
export const meetingSubject = (meetingId: string) => `meeting:${meetingId}`;

/**
 * Each agenda item's key in the overview's thread, in agenda order: "item:2.1.1".
 * An agenda that numbers two items alike keeps them apart by their place.
 */
export function agendaItemKeys(
  items: readonly AgendaItem[],
): readonly { key: string; item: AgendaItem }[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    const plain = `item:${formatAgendaNumber(item.number)}`;
    const key = seen.has(plain) ? `${plain}#${index}` : plain;
    seen.add(key);
    return { key, item };
  });
}

/**
 * A short digest of what an item's reply shows (FNV-1a, 64 bits): a
 * re-published agenda updates only the replies whose item changed, and the
 * record stays small for 40 long items.
 */
function digest(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of text) {
    hash ^= BigInt(char.codePointAt(0) ?? 0);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(36);
}

/**
 * What a meeting's notices do in chat, on every platform:
 * - agenda published: post the meeting's overview in the council's channel
 *   once (`meeting:<id>`), update it in place when published again, and keep
 *   one reply per agenda item in its thread, posted once and updated in
 *   place when the item changes (an edit, a recorded Beslutning).
 * What goes to a member directly (reminders, the agenda, the suppleant's
 * seat) is planned in meeting-dm-plans.ts, the referat's summary in its own
 * plans.
 */
export function meetingNoticePlans(
  useCases: AgendaUseCases,
): NoticePlans<PublishedAgendaView, Member> {
  return {
    handles: isAgendaPublished,

    plan(notice): NoticePlan {
      return {
        to: 'subject',
        subject: meetingSubject(agendaNotice(notice).meetingId),
        whenUnposted: 'open',
      };
    },

    async load(notice): Promise<Result<PublishedAgendaView>> {
      const { councilId, meetingId } = agendaNotice(notice);
      const [described, meeting, invitation] = await Promise.all([
        useCases.describeCouncil({ councilId }),
        useCases.showMeeting({ councilId, meetingId }),
        useCases.invitationLink?.({ councilId, meetingId }),
      ]);
      if (!described.ok) return described;
      if (!meeting.ok) return meeting;
      return succeed({
        council: described.value.council,
        meeting: meeting.value,
        ...(invitation?.ok ? { invitationUrl: invitation.value.url } : {}),
        members: described.value.members,
      });
    },

    followUp: () => undefined,

    threadReplies(_notice, view): readonly ThreadReply[] {
      const { locale } = view.council;
      // The decision is part of the reply (who recorded it, when): a new revision is news;
      // so is a meeting that stops taking decisions (its buttons go).
      const open = mayRecordDecisions(view.meeting.meeting).ok;
      const decisionOf = (item: AgendaItem) =>
        view.meeting.decisions.find(
          (decision) => decision.item === formatAgendaNumber(item.number),
        );
      return agendaItemKeys(view.meeting.items).map(({ key, item }) => ({
        key,
        version: digest(JSON.stringify([locale, item, decisionOf(item)?.revision ?? 0, open])),
      }));
    },

    recipient: () => undefined,

    stillDue: () => false,
  };
}

/** The agenda item a thread reply's key names (the keys come from the same view). */
export function itemOfKey(view: PublishedAgendaView, key: string): AgendaItem {
  const found = agendaItemKeys(view.meeting.items).find((entry) => entry.key === key);
  if (found === undefined) throw new Error(`the agenda has no item with the key "${key}"`);
  return found.item;
}
