import { t } from '../../../i18n/meetings/index.ts';
import type { MeetingDmView } from '../../present/meetings/meeting-dm-plans.ts';
import {
  presentMeetingDm,
  type MeetingDmAction,
} from '../../present/meetings/meeting-dm-presentation.ts';
import {
  button,
  context,
  section,
  type Block,
  type Button,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';
import { chunkLines, mrkdwnLink } from './slack-text.ts';

const buttonOf = (
  locale: MeetingDmView['view']['council']['locale'],
  action: MeetingDmAction,
  meetingId: string,
): Button =>
  action === 'afbud'
    ? button(t(locale, 'absence.submit'), meetingActionIds.afbud, meetingId, 'danger')
    : button(t(locale, 'meeting.button.coming'), meetingActionIds.coming, meetingId, 'primary');

/**
 * A meeting's direct message in Slack: the reminder (or the suppleant's
 * seat) in one sentence, where, the agenda's headings, and the buttons that
 * matter — "Meld afbud" while afbud is taken, "Jeg kommer" on the afbud
 * reminder. The whole agenda is the overview in the council's channel.
 */
export function meetingDmMessage(state: MeetingDmView): SlackMessage {
  const locale = state.view.council.locale;
  const shown = presentMeetingDm(state);
  const blocks: Block[] = [section(clip(escapeMrkdwn(shown.headline), slackLimits.sectionText))];
  if (shown.notes.length > 0)
    blocks.push(context(...shown.notes.map((note) => clip(escapeMrkdwn(note), 2_000))));
  if (shown.agenda.length > 0) {
    const lines = [
      `*${t(locale, 'meeting.next.agenda')}*`,
      ...shown.agenda.map((line) => escapeMrkdwn(clip(line, 300))),
    ];
    for (const chunk of chunkLines(lines, slackLimits.sectionText)) blocks.push(section(chunk));
    blocks.push(
      context(
        shown.moreItems > 0
          ? `${t(locale, 'slack.meeting.agenda.more_items', { count: shown.moreItems })} ${t(locale, 'meeting.dm.agenda_in_channel')}`
          : t(locale, 'meeting.dm.agenda_in_channel'),
      ),
    );
  }
  // The whole agenda behind Rådsbot's own signed link, as the "agenda link".
  if (state.agendaUrl !== undefined)
    blocks.push(context(mrkdwnLink(t(locale, 'meeting.agenda.link'), state.agendaUrl)));
  if (shown.actions.length > 0)
    blocks.push({
      type: 'actions',
      block_id: `meeting.${shown.meetingId}.dm`.slice(0, slackLimits.blockId),
      elements: shown.actions.map((action) => buttonOf(locale, action, shown.meetingId)),
    });
  return { text: escapeMrkdwn(shown.headline), blocks };
}
