import type { Locale } from '../../../domain/council/council.ts';
import type { Choice } from '../../../domain/hearings/hearing.ts';
import { fieldLabel, t } from '../../../i18n/hearings/index.ts';
import type { HearingPresentation } from '../../present/hearings/hearing-presentation.ts';
import { inputActionId } from '../slack-ids.ts';
import { callbackIds, reasonBlocks } from '../hearings/hearing-ids.ts';
import { input, modal, option, section, type ModalView } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';

/** Same limit as the use case's reason field. */
const reasonMax = 2000;

/**
 * "Begrund": answer with a text. The answer is preselected when a button
 * that needs a reason opened it; the reason is optional in the form unless
 * every answer needs one, and the use case says inline when it is missing.
 */
export function reasonModal(
  locale: Locale,
  shown: Pick<HearingPresentation, 'title' | 'options' | 'reasonFor'>,
  privateMetadata: string,
  preselected?: Choice,
): ModalView {
  const options = shown.options.map(({ choice, label }) => option(label, choice));
  const initial =
    options.find((candidate) => candidate.value === preselected) ??
    (options.length === 1 ? options[0] : undefined);
  const alwaysRequired = shown.options.every(({ choice }) => shown.reasonFor.includes(choice));
  const onlyComments = shown.options.length === 1 && shown.options[0]?.choice === 'comment';
  return modal({
    callbackId: callbackIds.reason,
    title: t(locale, 'slack.reason_modal.title'),
    submit: t(locale, 'slack.reason_modal.submit'),
    close: t(locale, 'slack.modal.cancel'),
    privateMetadata,
    blocks: [
      section(`*${escapeMrkdwn(shown.title)}*`),
      input(reasonBlocks.choice, fieldLabel(locale, 'choice'), {
        type: 'radio_buttons',
        action_id: inputActionId,
        options,
        ...(initial ? { initial_option: initial } : {}),
      }),
      input(
        reasonBlocks.reason,
        onlyComments ? t(locale, 'choice.comment') : fieldLabel(locale, 'reason'),
        {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: reasonMax,
        },
        {
          optional: !alwaysRequired,
          hint: t(
            locale,
            alwaysRequired ? 'slack.reason_modal.required' : 'slack.reason_modal.optional',
          ),
        },
      ),
    ],
  });
}
