import { t } from '../../../i18n/meetings/index.ts';
import type { MeetingDmView } from '../../present/meetings/meeting-dm-plans.ts';
import {
  presentMeetingDm,
  type MeetingDmAction,
} from '../../present/meetings/meeting-dm-presentation.ts';
import {
  adaptiveCard,
  execute,
  textBlock,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
} from '../cards/adaptive-card.ts';
import { markdownLink } from './card-text.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** An agenda heading in a card is cut here: the whole agenda is the overview. */
const headingMax = 300;

const clipped = (text: string): string =>
  text.length > headingMax ? `${text.slice(0, headingMax - 1)}…` : text;

function actionOf(
  locale: MeetingDmView['view']['council']['locale'],
  action: MeetingDmAction,
  meetingId: string,
): ExecuteAction {
  return action === 'afbud'
    ? execute(
        t(locale, 'absence.submit'),
        meetingVerbNames.afbud,
        { meetingId },
        {
          style: 'destructive',
        },
      )
    : execute(
        t(locale, 'meeting.button.coming'),
        meetingVerbNames.coming,
        { meetingId },
        {
          style: 'positive',
        },
      );
}

/**
 * A meeting's direct message in Teams (the member's 1:1 chat): the reminder
 * or the suppleant's seat in one sentence, where, the agenda's headings and
 * the buttons that matter — "Meld afbud" while afbud is taken, "Jeg kommer"
 * on the afbud reminder.
 */
export function meetingDmCard(state: MeetingDmView): AdaptiveCard {
  const locale = state.view.council.locale;
  const shown = presentMeetingDm(state);
  const body: CardElement[] = [textBlock(shown.headline, { weight: 'Bolder' })];
  for (const note of shown.notes) body.push(textBlock(note, { isSubtle: true, spacing: 'Small' }));
  if (shown.agenda.length > 0) {
    body.push(textBlock(t(locale, 'meeting.next.agenda'), { weight: 'Bolder', separator: true }));
    for (const line of shown.agenda) body.push(textBlock(clipped(line), { spacing: 'None' }));
    body.push(
      textBlock(
        shown.moreItems > 0
          ? `${t(locale, 'slack.meeting.agenda.more_items', { count: shown.moreItems })} ${t(locale, 'meeting.dm.agenda_in_channel')}`
          : t(locale, 'meeting.dm.agenda_in_channel'),
        { isSubtle: true, size: 'Small' },
      ),
    );
  }
  // The whole agenda behind Rådsbot's own signed link, as the "agenda link".
  if (state.agendaUrl !== undefined)
    body.push(textBlock(markdownLink(t(locale, 'meeting.agenda.link'), state.agendaUrl)));
  return adaptiveCard(body, {
    actions: shown.actions.map((action) => actionOf(locale, action, shown.meetingId)),
    fallbackText: shown.headline,
  });
}

/** The direct message's notification text: its opening sentence. */
export const meetingDmText = (state: MeetingDmView): string => presentMeetingDm(state).headline;
