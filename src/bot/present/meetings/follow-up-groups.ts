import type { Locale } from '../../../domain/council/council.ts';
import type { MemberFollowUpPoint } from '../../../app/meetings/follow-up-for-member.ts';
import { formatDate, t } from '../../../i18n/meetings/index.ts';
import { longDate } from './minutes/minutes-header.ts';

/**
 * The follow-up sheet as chat shows it: the open points grouped by the
 * meeting they came from, oldest meeting first, each with its owner, due
 * date and status, and whether the viewer may mark it done.
 */
export interface FollowUpGroup {
  readonly meetingId: string;
  readonly heading: string;
  readonly points: readonly FollowUpLine[];
}

export interface FollowUpLine {
  readonly pointId: string;
  readonly meetingId: string;
  /** "2.1 Budget for 2028" */
  readonly title: string;
  /** The Beslutning to act on. */
  readonly decision: string;
  /** "Ansvarlig: … · Frist: … · Status: …" */
  readonly facts: string;
  readonly mayMarkDone: boolean;
}

export function followUpGroups(
  locale: Locale,
  points: readonly MemberFollowUpPoint[],
): FollowUpGroup[] {
  const groups: FollowUpGroup[] = [];
  for (const point of points) {
    let group = groups.find((candidate) => candidate.meetingId === point.meetingId);
    if (group === undefined) {
      group = {
        meetingId: point.meetingId,
        heading: t(locale, 'meeting.followup_chat.meeting', {
          title: point.meetingTitle,
          date: longDate(locale, point.meetingStart.split('T')[0] ?? point.meetingStart),
        }),
        points: [],
      };
      groups.push(group);
    }
    (group.points as FollowUpLine[]).push({
      pointId: point.id,
      meetingId: point.meetingId,
      title: t(locale, 'meeting.followup_chat.point', { item: point.item, title: point.itemTitle }),
      decision: point.decision,
      facts: t(locale, 'meeting.followup_chat.facts', {
        owner: point.ownerName ?? t(locale, 'meeting.followup_chat.not_set'),
        id: point.id,
        due:
          point.due === undefined
            ? t(locale, 'meeting.followup_chat.not_set')
            : formatDate(locale, point.due),
        status: t(locale, `meeting.followup.status.${point.status}`),
      }),
      mayMarkDone: point.mayMarkDone,
    });
  }
  return groups;
}
