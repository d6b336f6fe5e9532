import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/shared/index.ts';
import { modal, section, type ModalView } from './block-kit.ts';

/**
 * The modal a submission turns into (response_action "update"): says what
 * happened and what comes next, with only a close button. It answers in the
 * ack itself, so it needs no Web API call and no response_url.
 */
export function doneModal(locale: Locale, title: string, text: string): ModalView {
  return modal({
    callbackId: 'done',
    title,
    close: t(locale, 'slack.modal.close'),
    blocks: [section(text)],
  });
}
