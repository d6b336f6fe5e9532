import type { types } from '@slack/bolt';
import type { StagedAgendaImport } from '../../../app/meetings/pending-agenda-import.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import {
  importPreviewModel,
  meetingChoice,
  type PreviewItem,
} from '../../present/meetings/import-preview-model.ts';
import {
  button,
  context,
  header,
  option,
  plain,
  section,
  type Block,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';

/** Sections of item lines, each within a section's 3,000 characters; the rest is counted. */
const itemSections = 12;
const shownUnplaced = 15;

const itemLine = (item: PreviewItem) =>
  [
    `*${item.number}*`,
    escapeMrkdwn(item.title),
    item.marks,
    item.presenters ? `· ${escapeMrkdwn(item.presenters)}` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');

/** Item lines packed into sections; lines that do not fit are counted instead. */
function itemBlocks(locale: Locale, items: readonly PreviewItem[]): Block[] {
  const chunks: string[][] = [[]];
  let placed = 0;
  for (const item of items) {
    const line = clip(itemLine(item), 500);
    const current = chunks[chunks.length - 1] ?? [];
    if ([...current, line].join('\n').length > slackLimits.sectionText - 100) {
      if (chunks.length === itemSections) break;
      chunks.push([line]);
    } else current.push(line);
    placed += 1;
  }
  const blocks: Block[] = chunks
    .filter((chunk) => chunk.length > 0)
    .map((chunk) => section(chunk.join('\n')));
  if (placed < items.length)
    blocks.push(
      context(t(locale, 'slack.meeting.agenda.more_items', { count: items.length - placed })),
    );
  return blocks;
}

/** The preview in the secretary's direct message, with "Gem dagsorden", "Ret", "Annullér". */
export function importPreviewMessage(locale: Locale, staged: StagedAgendaImport): SlackMessage {
  const model = importPreviewModel(locale, staged);
  const unplaced = model.unplaced.slice(0, shownUnplaced).map((line) => `• ${escapeMrkdwn(line)}`);
  if (model.unplaced.length > shownUnplaced)
    unplaced.push(
      t(locale, 'slack.meeting.agenda.more_items', {
        count: model.unplaced.length - shownUnplaced,
      }),
    );
  const buttons: types.ActionsBlockElement[] = [
    ...(model.canMakeMeeting
      ? [
          button(
            t(locale, 'import.button.confirm'),
            meetingActionIds.importConfirm,
            staged.pendingId,
            'primary',
          ),
        ]
      : []),
    button(t(locale, 'import.button.correct'), meetingActionIds.importCorrect, staged.pendingId),
    button(t(locale, 'slack.modal.cancel'), meetingActionIds.importCancel, staged.pendingId),
  ];
  const meetings = staged.plannedMeetings.slice(0, slackLimits.staticSelectOptions);
  if (meetings.length > 0)
    buttons.push({
      type: 'static_select',
      action_id: meetingActionIds.importIntoMeeting,
      placeholder: plain(t(locale, 'import.choose_meeting'), 150),
      options: meetings.map((meeting) =>
        option(
          meetingChoice(locale, meeting),
          JSON.stringify({ p: staged.pendingId, m: meeting.id }),
        ),
      ),
      confirm: {
        title: plain(t(locale, 'import.choose_meeting.confirm_title'), 100),
        text: plain(t(locale, 'import.choose_meeting.confirm_text'), 300),
        confirm: plain(t(locale, 'import.button.confirm'), 30),
        deny: plain(t(locale, 'slack.modal.cancel'), 30),
      },
    });
  const blocks: Block[] = [
    header(model.heading),
    section(
      [model.source, ...model.meetingLines.map(escapeMrkdwn), '', `_${model.target}_`].join('\n'),
    ),
    section(`*${model.itemsHeading}*`),
    ...itemBlocks(locale, model.items),
    section([`*${escapeMrkdwn(model.unplacedHeading)}*`, ...unplaced].join('\n')),
    context(model.notStored),
    { type: 'actions', block_id: `import.${staged.pendingId}`, elements: buttons },
  ];
  return { text: `${model.heading}: ${model.meetingLines[0] ?? ''}`, blocks };
}

/** The preview once it is done with: what happened, and no buttons left to click. */
export const importClosedMessage = (text: string): SlackMessage => ({
  text,
  blocks: [section(text)],
});
