/**
 * Payloads for the real surface: the hearing form's state values, button
 * clicks with a response_url on the fake, clicks in the Home tab.
 */
import { inputActionId } from '../../src/bot/slack/slack-ids.ts';
import { actionIds, openHearingBlocks as ids } from '../../src/bot/slack/hearings/hearing-ids.ts';
import type { Choice } from '../../src/domain/hearings/hearing.ts';
import { councilChannelId, councilTeam, type SlackHarness } from './slack-harness.ts';
import { blockAction, interaction, type SignOptions } from './slack-requests.ts';

type Values = Record<string, Record<string, Record<string, unknown>>>;
const one = (blockId: string, state: Record<string, unknown>): Values => ({
  [blockId]: { [inputActionId]: state },
});

export interface HearingFormInput {
  title?: string;
  proposal?: string;
  agendaItem?: string;
  date?: string | null;
  time?: string | null;
  mode?: 'vote' | 'silence' | 'comments';
  majority?: 'simple' | 'absolute' | 'two_thirds';
  rules?: ('secret' | 'after_close' | 'reason_against' | 'close_all')[];
  channel?: string | null;
}

/** view.state.values of a filled-in "Ny høring" form. */
export function hearingFormValues(input: HearingFormInput): Values {
  return {
    ...one(ids.title, {
      type: 'plain_text_input',
      value: input.title ?? 'Udkast til beskæftigelsesplan 2027',
    }),
    ...one(ids.proposal, {
      type: 'plain_text_input',
      value: input.proposal ?? 'Formandskabet indstiller, at Rådet godkender udkastet.',
    }),
    ...one(ids.agendaItem, { type: 'plain_text_input', value: input.agendaItem ?? null }),
    ...one(ids.deadlineDate, {
      type: 'datepicker',
      selected_date: input.date === undefined ? '2099-01-01' : input.date,
    }),
    ...one(ids.deadlineTime, {
      type: 'timepicker',
      selected_time: input.time === undefined ? '12:00' : input.time,
    }),
    ...one(ids.mode, { type: 'radio_buttons', selected_option: { value: input.mode ?? 'vote' } }),
    ...one(ids.majority, {
      type: 'static_select',
      selected_option: { value: input.majority ?? 'simple' },
    }),
    ...one(ids.rules, {
      type: 'checkboxes',
      selected_options: (input.rules ?? []).map((value) => ({ value })),
    }),
    ...one(ids.channel, {
      type: 'conversations_select',
      selected_conversation: input.channel === undefined ? councilChannelId : input.channel,
    }),
  };
}

/** A click on an answer button of the hearing's message in the council's channel. */
export function voteClick(
  bot: Pick<SlackHarness, 'slack'>,
  input: {
    userId: string;
    hearingId: string;
    choice: Choice;
    teamId?: string;
    messageTs?: string;
    channelId?: string;
  },
  sign: SignOptions = {},
) {
  return blockAction(
    {
      actionId: actionIds.vote(input.choice),
      value: input.hearingId,
      userId: input.userId,
      teamId: input.teamId ?? councilTeam,
      channelId: input.channelId ?? councilChannelId,
      ...(input.messageTs ? { messageTs: input.messageTs } : {}),
      blockId: `hearing.${input.hearingId}.actions`,
      responseUrl: `${bot.slack.hooksUrl}actions/${input.userId}`,
    },
    sign,
  );
}

/** A click on a button in the Home tab: no channel, no response_url. */
export function homeClick(input: {
  userId: string;
  actionId: string;
  value: string;
  teamId?: string;
}) {
  const teamId = input.teamId ?? councilTeam;
  return interaction({
    type: 'block_actions',
    team: { id: teamId, domain: 'testkommune' },
    user: { id: input.userId, username: 'medlem', name: 'medlem', team_id: teamId },
    api_app_id: 'A0RAADSBOT',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: 'V0HOME0001' },
    trigger_id: `${Date.now()}.1.home`,
    view: {
      id: 'V0HOME0001',
      type: 'home',
      team_id: teamId,
      blocks: [],
      private_metadata: '',
      callback_id: '',
      state: { values: {} },
      hash: 'h',
    },
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: `hearing.${input.value}.actions`,
        value: input.value,
        action_ts: '1.2',
      },
    ],
  });
}
