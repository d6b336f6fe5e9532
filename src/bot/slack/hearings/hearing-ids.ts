import type { Choice } from '../../../domain/hearings/hearing.ts';
import { choices } from '../../../domain/hearings/hearing.ts';

/**
 * Every id of the hearings that Slack sends back to us: callback ids of
 * modals and shortcuts, action ids of buttons, block ids of modal inputs.
 * Buttons carry only the hearing id in their value; the council always comes
 * from the workspace the click came from, never from the payload, so a forged
 * value cannot reach another council's hearing.
 */
export const callbackIds = {
  openHearing: 'open_hearing',
  reason: 'cast_with_reason',
  /** The message shortcut, as named in manifests/slack/manifest.yaml. */
  sendToHearing: 'send_to_hearing',
  /** The confirmation before closing a hearing early. */
  closeHearing: 'close_hearing',
} as const;

export const actionIds = {
  /** `vote.for`, `vote.against`, ...: casts at once. */
  vote: (choice: Choice) => `vote.${choice}`,
  /** `reason.against`, `reason.any`: opens the reason modal. */
  reason: (choice: Choice | 'any') => `reason.${choice}`,
  newHearing: 'home.new_hearing',
  /** The secretariat's section under a hearing in /raad mine. */
  remindNow: 'manage.remind_now',
  closeNow: 'manage.close_now',
} as const;

export const actionPatterns = {
  vote: /^vote\.([a-z]+)$/,
  reason: /^reason\.([a-z]+)$/,
} as const;

/** The block of a hearing's buttons; unique per hearing, so a Home tab can hold several. */
export const hearingActionsBlockId = (hearingId: string): string => `hearing.${hearingId}.actions`;

/** The block of a hearing's management buttons, apart from its vote buttons. */
export const hearingManageBlockId = (hearingId: string): string => `hearing.${hearingId}.manage`;

/** Block ids of the modals' inputs. For the hearing modal they equal the use case's field names. */
export const openHearingBlocks = {
  title: 'title',
  proposal: 'proposal',
  agendaItem: 'agendaItem',
  deadlineDate: 'deadlineDate',
  deadlineTime: 'deadlineTime',
  mode: 'mode',
  majority: 'majority',
  rules: 'rules',
  channel: 'channel',
} as const;

export const reasonBlocks = { choice: 'choice', reason: 'reason' } as const;

export function choiceOf(text: string | undefined): Choice | undefined {
  return choices.find((choice) => choice === text);
}
