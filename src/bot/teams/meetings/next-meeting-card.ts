import type { NextMeetingForMember } from '../../../app/meetings/next-meeting-for-member.ts';
import { t } from '../../../i18n/meetings/index.ts';
import {
  minutesToApprove,
  nextMeetingSummary,
} from '../../present/meetings/next-meeting-summary.ts';
import {
  actionSet,
  adaptiveCard,
  container,
  execute,
  heading,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** Referater waiting for approval shown one by one; more are counted. */
const minutesShown = 5;

/** The agenda as one text block per line, themes bold; a card of 40 items stays far below 80 KB. */
const agendaLines = (agenda: readonly { text: string; theme: boolean }[]): CardElement[] =>
  agenda.map((line) =>
    textBlock(line.text, { spacing: 'None', ...(line.theme ? { weight: 'Bolder' } : {}) }),
  );

/**
 * "næste møde" in Teams: the member's next meeting (when, where, the
 * numbered agenda with kinds once it is out), their own status with Afbud
 * or Træk afbud tilbage, and the referater waiting for "Godkend referat".
 */
export function nextMeetingCard(view: NextMeetingForMember): AdaptiveCard {
  const locale = view.council.locale;
  const summary = nextMeetingSummary(view);
  const body: CardElement[] = [];
  if (summary === undefined) {
    body.push(
      heading(t(locale, 'meeting.next.heading')),
      textBlock(t(locale, 'meeting.next.none')),
    );
  } else {
    const facts = [
      summary.when,
      ...(summary.place === undefined
        ? []
        : [t(locale, 'meeting.preview.place', { place: summary.place })]),
      ...(summary.afbudDeadline === undefined ? [] : [summary.afbudDeadline]),
    ];
    body.push(
      heading(`${t(locale, 'meeting.next.heading')}: ${summary.title}`),
      ...facts.map((fact) => textBlock(fact, { spacing: 'None' })),
    );
    if (summary.onlineLink !== undefined && /^https?:\/\/\S+$/i.test(summary.onlineLink))
      body.push({
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.OpenUrl',
            title: t(locale, 'meeting.next.online'),
            url: summary.onlineLink,
          },
        ],
      });
    if (summary.agenda !== undefined)
      body.push(
        container(
          [
            textBlock(t(locale, 'meeting.next.agenda'), { weight: 'Bolder' }),
            ...agendaLines(summary.agenda),
          ],
          true,
        ),
      );
    else if (summary.agendaNote !== undefined)
      body.push(textBlock(summary.agendaNote, { isSubtle: true }));
    body.push(textBlock(summary.status, { weight: 'Bolder', separator: true }));
    if (summary.action !== undefined)
      body.push(
        actionSet([
          summary.action === 'afbud'
            ? execute(t(locale, 'meeting.next.afbud'), meetingVerbNames.afbud, {
                meetingId: summary.meetingId,
              })
            : execute(t(locale, 'meeting.next.withdraw_afbud'), meetingVerbNames.withdrawAfbud, {
                meetingId: summary.meetingId,
              }),
        ]),
      );
  }
  const minutes = minutesToApprove(view);
  if (minutes.length > 0) {
    body.push(
      textBlock(t(locale, 'meeting.next.minutes_heading'), { weight: 'Bolder', separator: true }),
    );
    for (const entry of minutes.slice(0, minutesShown))
      body.push(
        textBlock(entry.line),
        actionSet([
          execute(
            t(locale, 'minutes.chat.approve'),
            meetingVerbNames.approveMinutes,
            { meetingId: entry.meetingId },
            { style: 'positive' },
          ),
        ]),
      );
    if (minutes.length > minutesShown)
      body.push(
        textBlock(
          t(locale, 'meeting.next.more_minutes', { count: minutes.length - minutesShown }),
          {
            isSubtle: true,
          },
        ),
      );
  }
  return adaptiveCard(body, {
    fallbackText:
      summary === undefined
        ? t(locale, 'meeting.next.none')
        : t(locale, 'meeting.next.text', { title: summary.title, when: summary.when }),
  });
}
