import type { ImportedMeeting } from './imported-minutes.ts';
import { meetingTimes, type HeaderFacts } from './meeting-header.ts';

/**
 * The meeting as the header and the end of the minutes give it. Without a
 * planned end, the time the meeting ended ("Mødet sluttede kl. 16.15") is its end.
 */
export function meetingOf(facts: HeaderFacts, endedAt: string | undefined): ImportedMeeting {
  const { start, end } = meetingTimes(facts);
  const ended =
    endedAt === undefined
      ? undefined
      : facts.date === undefined
        ? endedAt
        : `${facts.date}T${endedAt}`;
  const defined = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
  return defined({
    council: facts.council,
    title: facts.title,
    date: facts.date,
    start,
    end: end ?? (ended?.includes('T') ? ended : undefined),
    endedAt: ended,
    place: facts.place,
    onlineLink: facts.onlineLink,
    afbudDeadline: facts.afbudDeadline,
  });
}
