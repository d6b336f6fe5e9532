import type { Locale } from '../../../domain/council/council.ts';
import type { MeetingRecord } from '../../../domain/meetings/meeting-record.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { publishableMeetingLine } from '../../present/meetings/publishable-meeting-lines.ts';
import {
  actionSet,
  adaptiveCard,
  container,
  execute,
  heading,
  textBlock,
  type AdaptiveCard,
} from '../cards/adaptive-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** Enough for any council's coming meetings, and far within a card's 28 KB. */
export const publishableShownMax = 15;

/** "offentliggør": the upcoming meetings with an agenda, each with its button (which asks first). */
export function publishableMeetingsCard(
  locale: Locale,
  records: readonly MeetingRecord[],
): AdaptiveCard {
  const title = t(locale, 'publish.chat.heading');
  if (records.length === 0) {
    const none = t(locale, 'publish.chat.none');
    return adaptiveCard([heading(title), textBlock(none)], { fallbackText: none });
  }
  const rows = records.slice(0, publishableShownMax).map((record, index) => {
    const shown = publishableMeetingLine(locale, record);
    return container(
      [
        textBlock(shown.line, { weight: 'Bolder' }),
        textBlock(shown.status, { isSubtle: true, spacing: 'None' }),
        actionSet([
          execute(
            t(locale, shown.again ? 'publish.chat.button_again' : 'publish.chat.button'),
            meetingVerbNames.publishAgenda,
            { meetingId: shown.meetingId, confirmed: false },
            { associatedInputs: 'none', ...(shown.again ? {} : { style: 'positive' as const }) },
          ),
        ]),
      ],
      index > 0,
    );
  });
  return adaptiveCard([heading(title), ...rows], { fallbackText: title });
}

/** Adaptive Cards have no confirm dialog: the first click answers with this, and only "Ja, offentliggør" publishes. */
export function confirmPublishCard(locale: Locale, record: MeetingRecord): AdaptiveCard {
  const shown = publishableMeetingLine(locale, record);
  const data = { meetingId: shown.meetingId };
  return adaptiveCard([heading(shown.confirmTitle), textBlock(shown.confirmText)], {
    actions: [
      execute(
        t(locale, 'publish.chat.confirm'),
        meetingVerbNames.publishAgenda,
        { ...data, confirmed: true },
        { style: 'positive', associatedInputs: 'none' },
      ),
      execute(t(locale, 'confirm.cancel'), meetingVerbNames.cancelPublishAgenda, data, {
        associatedInputs: 'none',
      }),
    ],
    fallbackText: `${shown.confirmTitle} ${shown.confirmText}`,
  });
}
