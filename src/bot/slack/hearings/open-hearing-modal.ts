import type { Council } from '../../../domain/council/council.ts';
import { hearingModes, majorityRules } from '../../../domain/hearings/hearing.ts';
import { DEFAULT_DEADLINE_TIME } from '../../../domain/council/working-days.ts';
import { fieldLabel, t } from '../../../i18n/hearings/index.ts';
import { inputActionId } from '../slack-ids.ts';
import { callbackIds, openHearingBlocks as ids } from '../hearings/hearing-ids.ts';
import { input, modal, option, plain, type ModalView } from '../blocks/block-kit.ts';
import { clip } from '../blocks/slack-limits.ts';

/** What a modal can be opened with: a title from "/hoering <titel>", a message from the shortcut. */
export interface HearingDraft {
  readonly title?: string;
  readonly proposal?: string;
  /** Channel to preselect: where the command was typed, or the council's channel. */
  readonly channel?: string;
  /** The deadline to offer, council-local (a week ahead on a working day, at noon). */
  readonly deadline?: { readonly date: string; readonly time: string };
  /** The agenda item's number, from "Start høring" on a meeting's item. */
  readonly agendaItem?: string;
  /** The meeting the item is on: carried in private_metadata, so the hearing is linked to it. */
  readonly meetingId?: string;
}

/** What "Ny høring" carries besides its fields: the meeting its agenda item is on. */
export interface HearingFormLink {
  readonly meetingId?: string;
}

export const hearingFormLink = (draft: HearingDraft): string | undefined =>
  draft.meetingId === undefined ? undefined : JSON.stringify({ meetingId: draft.meetingId });

/** The link read back from private_metadata; nothing when absent or not ours. */
export function readHearingFormLink(raw: string | undefined): HearingFormLink {
  try {
    const { meetingId } = JSON.parse(raw ?? '') as { meetingId?: unknown };
    return typeof meetingId === 'string' && meetingId !== '' ? { meetingId } : {};
  } catch {
    return {};
  }
}

/** The four rule switches, as checkbox values. */
export const ruleOptions = ['secret', 'after_close', 'reason_against', 'close_all'] as const;
export type RuleOption = (typeof ruleOptions)[number];

/** Limits as in the use case's input schema, so Slack stops overlong text while typing. */
const titleMax = 150;
const proposalMax = 2500;

/**
 * "Ny høring": every field the use case needs, block ids equal to its field
 * names so a failure's `field` names the block to mark. Nothing is created
 * until the submission passes the use case.
 */
export function openHearingModal(council: Council, draft: HearingDraft = {}): ModalView {
  const locale = council.locale;
  const ruleLabel: Record<RuleOption, string> = {
    secret: t(locale, 'ballot.secret'),
    after_close: t(locale, 'results.after_close'),
    reason_against: t(locale, 'slack.open_modal.rule.reason_against'),
    close_all: t(locale, 'open_form.rule.close_all'),
  };
  const modes = hearingModes.map((mode) => option(t(locale, `mode.${mode}`), mode));
  const majorities = majorityRules.map((rule) => option(t(locale, `majority.${rule}`), rule));
  const link = hearingFormLink(draft);
  return modal({
    callbackId: callbackIds.openHearing,
    ...(link === undefined ? {} : { privateMetadata: link }),
    title: t(locale, 'hearing.new'),
    submit: t(locale, 'open_form.submit'),
    close: t(locale, 'slack.modal.cancel'),
    blocks: [
      input(ids.title, fieldLabel(locale, 'title'), {
        type: 'plain_text_input',
        action_id: inputActionId,
        max_length: titleMax,
        placeholder: plain(t(locale, 'open_form.title_placeholder'), 150),
        ...(draft.title ? { initial_value: clip(draft.title, titleMax) } : {}),
      }),
      input(
        ids.proposal,
        fieldLabel(locale, 'proposal'),
        {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: proposalMax,
          ...(draft.proposal ? { initial_value: clip(draft.proposal, proposalMax) } : {}),
        },
        { hint: t(locale, 'open_form.proposal_placeholder') },
      ),
      input(
        ids.agendaItem,
        fieldLabel(locale, 'agendaItem'),
        {
          type: 'plain_text_input',
          action_id: inputActionId,
          max_length: 20,
          placeholder: plain(t(locale, 'slack.open_modal.agenda_placeholder'), 150),
          ...(draft.agendaItem ? { initial_value: clip(draft.agendaItem, 20) } : {}),
        },
        { optional: true },
      ),
      input(ids.deadlineDate, fieldLabel(locale, 'deadlineDate'), {
        type: 'datepicker',
        action_id: inputActionId,
        ...(draft.deadline ? { initial_date: draft.deadline.date } : {}),
      }),
      input(
        ids.deadlineTime,
        fieldLabel(locale, 'deadlineTime'),
        {
          type: 'timepicker',
          action_id: inputActionId,
          initial_time: draft.deadline?.time ?? DEFAULT_DEADLINE_TIME,
          timezone: council.timeZone,
        },
        { hint: t(locale, 'open_form.time_hint', { zone: council.timeZone }) },
      ),
      input(ids.mode, fieldLabel(locale, 'mode'), {
        type: 'radio_buttons',
        action_id: inputActionId,
        options: modes,
        ...(modes[0] ? { initial_option: modes[0] } : {}),
      }),
      input(ids.majority, fieldLabel(locale, 'rules.majority'), {
        type: 'static_select',
        action_id: inputActionId,
        options: majorities,
        ...(majorities[0] ? { initial_option: majorities[0] } : {}),
      }),
      input(
        ids.rules,
        t(locale, 'rules.heading'),
        {
          type: 'checkboxes',
          action_id: inputActionId,
          options: ruleOptions.map((rule) => option(ruleLabel[rule], rule)),
        },
        { optional: true },
      ),
      input(
        ids.channel,
        t(locale, 'slack.open_modal.channel'),
        {
          type: 'conversations_select',
          action_id: inputActionId,
          filter: {
            include: ['public', 'private'],
            exclude_bot_users: true,
            exclude_external_shared_channels: true,
          },
          ...(draft.channel ? { initial_conversation: draft.channel } : {}),
        },
        { hint: t(locale, 'slack.open_modal.channel_hint') },
      ),
    ],
  });
}
