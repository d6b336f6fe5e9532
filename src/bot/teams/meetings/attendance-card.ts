import type { Locale } from '../../../domain/council/council.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import { t } from '../../../i18n/meetings/index.ts';
import type { AttendanceOverview } from '../../present/meetings/attendance-overview.ts';
import {
  adaptiveCard,
  choiceInput,
  container,
  execute,
  heading,
  textBlock,
  textInput,
  toggleInput,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** The guest form's input ids: what the addGuest verb reads back. */
export const guestInputs = {
  name: 'guestName',
  organisation: 'organisation',
  note: 'note',
  presenter: 'presenter',
  item: 'item',
} as const;

/** What the form held when it is shown again with a problem. */
export interface GuestFormValues {
  readonly guestName?: string;
  readonly organisation?: string;
  readonly note?: string;
  readonly presenter?: boolean;
  readonly item?: string;
}

/**
 * The secretariat's fremmøde in Teams: who comes, afbud with the suppleant
 * holding each seat, who has not answered, "På mødet deltog:" grouped by
 * organisation; under it the form to add a guest or an oplægsholder.
 */
export function attendanceCard(
  locale: Locale,
  overview: AttendanceOverview,
  items: readonly AgendaItem[],
  extra: {
    readonly banner?: { readonly text: string; readonly tone: 'good' | 'attention' };
    readonly values?: GuestFormValues;
  } = {},
): AdaptiveCard {
  const label = (
    key: 'guest_name' | 'guest_organisation' | 'guest_note' | 'guest_presenter' | 'guest_item',
  ) => t(locale, `meeting.attendance_chat.${key}`);
  const values = extra.values ?? {};
  const body: CardElement[] = [heading(t(locale, 'meeting.attendance_chat.heading'))];
  if (extra.banner !== undefined)
    body.push(
      textBlock(extra.banner.text, {
        color: extra.banner.tone === 'good' ? 'Good' : 'Attention',
      }),
    );
  body.push(
    textBlock(overview.title, { weight: 'Bolder' }),
    ...overview.summary.map((line) => textBlock(line, { spacing: 'None' })),
  );
  if (overview.grouped.length > 0)
    body.push(
      container(
        overview.grouped
          .filter((line) => line !== '')
          .map((line) => textBlock(line, { spacing: 'None' })),
        true,
      ),
    );
  body.push(
    container(
      [
        textBlock(t(locale, 'meeting.attendance_chat.add_guest'), { weight: 'Bolder' }),
        textInput(guestInputs.name, {
          label: label('guest_name'),
          maxLength: 150,
          ...(values.guestName ? { value: values.guestName } : {}),
        }),
        textInput(guestInputs.organisation, {
          label: label('guest_organisation'),
          maxLength: 150,
          ...(values.organisation ? { value: values.organisation } : {}),
        }),
        textInput(guestInputs.note, {
          label: label('guest_note'),
          maxLength: 300,
          ...(values.note ? { value: values.note } : {}),
        }),
        toggleInput(guestInputs.presenter, {
          title: label('guest_presenter'),
          value: values.presenter === true,
        }),
        ...(items.length === 0
          ? []
          : [
              choiceInput(guestInputs.item, {
                label: label('guest_item'),
                style: 'compact',
                choices: items.slice(0, 100).map((item) => {
                  const number = formatAgendaNumber(item.number);
                  return { title: `${number} ${item.title}`, value: number };
                }),
                ...(values.item ? { value: values.item } : {}),
              }),
            ]),
      ],
      true,
    ),
  );
  return adaptiveCard(body, {
    actions: [
      execute(
        t(locale, 'meeting.attendance_chat.save'),
        meetingVerbNames.addGuest,
        { meetingId: overview.meetingId },
        { associatedInputs: 'auto' },
      ),
    ],
    fallbackText: overview.title,
  });
}
