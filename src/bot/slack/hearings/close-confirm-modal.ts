import type { Locale } from '../../../domain/council/council.ts';
import type { Hearing } from '../../../domain/hearings/hearing.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { callbackIds } from '../hearings/hearing-ids.ts';
import { context, modal, section, type ModalView } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';

/** What the confirmation carries back: the hearing, and the outlook the person saw. */
export interface CloseConfirmMetadata {
  readonly h: string;
  readonly seen: string;
}

export function parseCloseConfirmMetadata(text: string): CloseConfirmMetadata | undefined {
  try {
    const value = JSON.parse(text) as Partial<CloseConfirmMetadata>;
    return typeof value.h === 'string' && typeof value.seen === 'string'
      ? { h: value.h, seen: value.seen }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Luk høringen nu" opens this, computed when pressed (not when the list was
 * drawn, which may be stale): what closing now leads to, "Ja, luk høringen"
 * or "Fortryd". Fortryd only closes the modal; nothing is sent back.
 */
export function closeConfirmModal(
  locale: Locale,
  hearing: Pick<Hearing, 'id' | 'title'>,
  previewText: string,
  options: { changed?: boolean } = {},
): ModalView {
  const metadata: CloseConfirmMetadata = { h: hearing.id, seen: previewText };
  return modal({
    callbackId: callbackIds.closeHearing,
    title: t(locale, 'manage.close_title'),
    submit: t(locale, 'manage.close_confirm'),
    close: t(locale, 'confirm.cancel'),
    privateMetadata: JSON.stringify(metadata),
    blocks: [
      section(escapeMrkdwn(t(locale, 'manage.close_question', { title: hearing.title }))),
      ...(options.changed ? [context(t(locale, 'manage.close_changed'))] : []),
      section(`*${previewText}*`),
    ],
  });
}
