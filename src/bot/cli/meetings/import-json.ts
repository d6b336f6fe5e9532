import type { ImportedMinutes } from '../../../app/meetings/agenda-import/imported-minutes.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';

/**
 * `meeting import FILE --dry-run --json`: the one JSON object scripts rely
 * on. Its shape is a contract: every key is always there, null when the
 * minutes do not say.
 */
export function importJson(minutes: ImportedMinutes) {
  const { meeting } = minutes;
  return {
    meeting: {
      title: meeting.title ?? null,
      start: meeting.start ?? null,
      end: meeting.end ?? null,
      place: meeting.place ?? null,
    },
    items: minutes.items.map((item) => ({
      number: formatAgendaNumber(item.number),
      theme: item.theme ?? null,
      title: item.title,
      kinds: [...item.kinds],
      presentation: item.presentation,
      presenters: [...item.presenters],
      fields: {
        sagenKort: item.fields.sagenKort?.text ?? null,
        indstilling: item.fields.indstilling ?? null,
        beslutning: item.fields.beslutning ?? null,
        sagsfremstilling: item.fields.sagsfremstilling ?? null,
        bilag: item.fields.bilag.map((attachment) =>
          attachment.link === undefined || attachment.title.includes(attachment.link)
            ? attachment.title
            : `${attachment.title} ${attachment.link}`,
        ),
        other: item.fields.other.map(({ label, text }) => ({ label, text })),
      },
    })),
    attendance: minutes.attendance.map((group) => ({
      organisation: group.organisation,
      people: group.people.map((person) => ({ name: person.name, note: person.note ?? null })),
    })),
    unplaced: minutes.unplaced.map(({ line, text }) => ({ line, text })),
  };
}
