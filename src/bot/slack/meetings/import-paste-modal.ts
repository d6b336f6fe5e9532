import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { input, modal, type ModalView } from '../blocks/block-kit.ts';
import { inputActionId } from '../slack-ids.ts';
import { meetingCallbackIds } from './meeting-ids.ts';

/** Slack's limit for one plain_text_input: a longer agenda comes as a file. */
export const pastedAgendaMaxChars = 3_000;

export const pasteBlocks = { text: 'import_text' } as const;

/** What the paste modal carries: the preview it corrects, so that one is dropped. */
export interface PasteMetadata {
  readonly replaces?: string;
}

/** "/raad dagsorden" and "Ret": the agenda's text in a multi-line field, then a preview. */
export function importPasteModal(
  locale: Locale,
  text = '',
  metadata: PasteMetadata = {},
): ModalView {
  return modal({
    callbackId: meetingCallbackIds.importPreview,
    title: t(locale, 'import.paste.title'),
    submit: t(locale, 'import.paste.submit'),
    close: t(locale, 'slack.modal.close'),
    privateMetadata: JSON.stringify(metadata),
    blocks: [
      input(
        pasteBlocks.text,
        t(locale, 'import.paste.label'),
        {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: pastedAgendaMaxChars,
          ...(text === '' ? {} : { initial_value: text }),
        },
        { hint: t(locale, 'import.paste.hint') },
      ),
    ],
  });
}

export function pasteMetadataOf(raw: string | undefined): PasteMetadata {
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    const replaces = (parsed as { replaces?: unknown } | null)?.replaces;
    return typeof replaces === 'string' ? { replaces } : {};
  } catch {
    return {};
  }
}
