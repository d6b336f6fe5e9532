import type { Locale } from '../../../domain/council/council.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { meetingWhenText } from '../../present/meetings/meeting-dm-presentation.ts';
import { input, modal, section, type ModalView } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { inputActionId } from '../slack-ids.ts';
import { meetingCallbackIds } from './meeting-ids.ts';

/** The afbud modal's reason block; its id is the use case's field name. */
export const afbudReasonBlock = 'reason';

/** Same limit as the use case's reason field. */
const reasonMax = 2000;

/** What the afbud modal remembers between the click and the submission. */
export interface AfbudMetadata {
  /** Meeting id (only the id: the council comes from who submits). */
  readonly m: string;
  /** response_url of the click, for an answer next to the button; none from App Home. */
  readonly u?: string;
}

export function parseAfbudMetadata(text: string): AfbudMetadata | undefined {
  try {
    const value = JSON.parse(text) as Partial<AfbudMetadata>;
    return typeof value.m === 'string' && value.m !== ''
      ? { m: value.m, ...(typeof value.u === 'string' ? { u: value.u } : {}) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** "Meld afbud": the meeting, what afbud means for the seat, and an optional reason. */
export function afbudModal(
  locale: Locale,
  meeting: Pick<Meeting, 'title' | 'start' | 'end'>,
  metadata: AfbudMetadata,
): ModalView {
  return modal({
    callbackId: meetingCallbackIds.afbud,
    title: t(locale, 'meeting.afbud_modal.title'),
    submit: t(locale, 'meeting.afbud_modal.submit'),
    close: t(locale, 'slack.modal.cancel'),
    privateMetadata: JSON.stringify(metadata),
    blocks: [
      section(
        escapeMrkdwn(
          t(locale, 'meeting.afbud_modal.intro', {
            title: meeting.title,
            when: meetingWhenText(locale, meeting),
          }),
        ),
      ),
      input(
        afbudReasonBlock,
        t(locale, 'meeting.afbud_modal.reason'),
        {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: reasonMax,
        },
        { optional: true },
      ),
    ],
  });
}
