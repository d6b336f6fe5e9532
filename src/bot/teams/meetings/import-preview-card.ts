import type { StagedAgendaImport } from '../../../app/meetings/pending-agenda-import.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { importPreviewModel, meetingChoice } from '../../present/meetings/import-preview-model.ts';
import {
  adaptiveCard,
  choiceInput,
  execute,
  fieldError,
  heading,
  textBlock,
  textInput,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
} from '../cards/adaptive-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/**
 * A card stays far under Teams' ~28 KB: items are listed up to this many,
 * each line clipped, and the rest counted.
 */
const shownItems = 40;
const shownUnplaced = 10;
const lineChars = 200;

const clipped = (text: string) =>
  [...text].length <= lineChars ? text : `${[...text].slice(0, lineChars - 1).join('')}…`;

/** The preview in the personal chat, with "Gem dagsorden", "Ret" and "Annullér". */
export function importPreviewCard(locale: Locale, staged: StagedAgendaImport): AdaptiveCard {
  const model = importPreviewModel(locale, staged);
  const { pendingId } = staged;
  const body: CardElement[] = [
    heading(model.heading),
    textBlock(model.source, { isSubtle: true, spacing: 'None' }),
    ...model.meetingLines.map((line) => textBlock(clipped(line), { spacing: 'None' })),
    textBlock(model.target, { isSubtle: true }),
    textBlock(model.itemsHeading, { weight: 'Bolder', separator: true }),
    ...model.items
      .slice(0, shownItems)
      .map((item) =>
        textBlock(
          clipped(
            [
              `**${item.number}**`,
              item.title,
              item.marks,
              item.presenters && `· ${item.presenters}`,
            ]
              .filter((part) => part !== '')
              .join(' '),
          ),
          { spacing: 'None' },
        ),
      ),
  ];
  if (model.items.length > shownItems)
    body.push(
      textBlock(
        t(locale, 'slack.meeting.agenda.more_items', { count: model.items.length - shownItems }),
        { isSubtle: true },
      ),
    );
  body.push(textBlock(model.unplacedHeading, { weight: 'Bolder', separator: true }));
  for (const line of model.unplaced.slice(0, shownUnplaced))
    body.push(textBlock(clipped(line), { spacing: 'None', isSubtle: true }));
  if (model.unplaced.length > shownUnplaced)
    body.push(
      textBlock(
        t(locale, 'slack.meeting.agenda.more_items', {
          count: model.unplaced.length - shownUnplaced,
        }),
        { isSubtle: true },
      ),
    );
  const meetings = staged.plannedMeetings.slice(0, 50);
  if (meetings.length > 0)
    body.push(
      choiceInput('meetingId', {
        label: t(locale, 'import.teams.choose_meeting'),
        style: 'compact',
        value: model.canMakeMeeting ? '' : (meetings[0]?.id ?? ''),
        choices: [
          ...(model.canMakeMeeting
            ? [{ title: t(locale, 'import.choose_meeting.new'), value: '' }]
            : []),
          ...meetings.map((meeting) => ({
            title: meetingChoice(locale, meeting),
            value: meeting.id,
          })),
        ],
      }),
    );
  body.push(textBlock(model.notStored, { isSubtle: true, size: 'Small' }));
  const actions: ExecuteAction[] = [];
  if (model.canMakeMeeting || meetings.length > 0)
    actions.push(
      execute(
        t(locale, 'import.button.confirm'),
        meetingVerbNames.importConfirm,
        { pendingId },
        { style: 'positive' },
      ),
    );
  actions.push(
    execute(t(locale, 'import.button.correct'), meetingVerbNames.importCorrect, { pendingId }),
    execute(t(locale, 'slack.modal.cancel'), meetingVerbNames.importCancel, { pendingId }),
  );
  return adaptiveCard(body, { actions, fallbackText: model.heading });
}

/** "dagsorden" and "Ret": the agenda's text in a multi-line field, then a preview. */
export function importPasteCard(
  locale: Locale,
  values: { text?: string; replaces?: string } = {},
  problem?: string,
): AdaptiveCard {
  const body: CardElement[] = [
    heading(t(locale, 'import.paste.title')),
    textBlock(t(locale, 'import.teams.paste_hint'), { isSubtle: true, spacing: 'None' }),
    textInput('text', {
      label: t(locale, 'import.paste.label'),
      isMultiline: true,
      ...(values.text === undefined ? {} : { value: values.text }),
    }),
  ];
  if (problem !== undefined) body.push(fieldError(problem));
  return adaptiveCard(body, {
    actions: [
      execute(
        t(locale, 'import.paste.submit'),
        meetingVerbNames.importPaste,
        values.replaces === undefined ? {} : { pendingId: values.replaces },
      ),
    ],
    fallbackText: t(locale, 'import.paste.title'),
  });
}
