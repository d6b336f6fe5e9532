import type { Locale } from '../../../domain/council/council.ts';
import type { FollowUpPoint } from '../../../domain/meetings/follow-up.ts';
import { formatDate, t } from '../../../i18n/meetings/index.ts';

/** How many open points the published agenda's overview lists before "… og N mere". */
export const agendaFollowUpMax = 5;
/** A point's line is cut here: a long item title must not crowd the overview. */
const lineMax = 240;

const clipLine = (line: string): string =>
  line.length <= lineMax ? line : `${line.slice(0, lineMax - 1).trimEnd()}…`;

/**
 * The open follow-up from earlier meetings as the published agenda's
 * overview shows it above the items, the same on every surface: at most
 * five plain lines ("2.1 Budget 2027 (fra Rådsmøde 12.12.2026, punkt 2.1) ·
 * ansvarlig: Sekretariatet · frist 15.01.2027 · åben") and how many more
 * there are. The surface formats the lines and names its own command.
 */
export function agendaFollowUp(
  locale: Locale,
  points: readonly FollowUpPoint[],
): { readonly lines: readonly string[]; readonly more: number } {
  const shown = points.slice(0, agendaFollowUpMax);
  const lines = shown.map((point) =>
    clipLine(
      [
        `${point.itemTitle} (${t(locale, 'meeting.followup.from', {
          title: point.meetingTitle,
          date: formatDate(locale, point.meetingStart.split('T')[0] ?? point.meetingStart),
          item: point.item,
        })})`,
        point.owner === undefined
          ? t(locale, 'meeting.followup.no_owner')
          : t(locale, 'meeting.followup.owner', { owner: point.owner }),
        ...(point.due === undefined
          ? []
          : [t(locale, 'meeting.followup.due', { date: formatDate(locale, point.due) })]),
        t(locale, `meeting.followup.status.${point.status}`),
      ].join(' · '),
    ),
  );
  return { lines, more: points.length - shown.length };
}
