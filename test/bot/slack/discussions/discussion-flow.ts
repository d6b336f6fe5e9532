/**
 * Driving a group discussion through Slack in tests: signed
 * slash commands, clicks and form submissions into the real Bolt app, and
 * the answers read back from the fake Web API.
 */
import { expect } from 'vitest';
import { discussionCallbackIds } from '../../../../src/bot/slack/discussions/discussion-ids.ts';
import { discussionValue } from '../../../../src/bot/slack/discussions/discussion-values.ts';
import { inputActionId } from '../../../../src/bot/slack/slack-ids.ts';
import { localDateInDays } from '../../../fakes/test-instants.ts';
import { blockKitViolations, type Surface } from '../../../support/block-kit-limits.ts';
import {
  councilChannelId,
  councilTeam,
  eventually,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { blockAction, slashCommand, viewSubmission } from '../../../support/slack-requests.ts';

type Json = Record<string, unknown>;

export const text = (value: unknown): string => JSON.stringify(value);

/** Slack refuses a message or modal beyond its limits: every one drawn is checked. */
export function withinLimits(payload: unknown, surface: Surface): void {
  expect(blockKitViolations(payload as Json, surface)).toEqual([]);
}

export async function raad(bot: SlackHarness, userId: string, words: string): Promise<void> {
  const answer = await bot.post(
    slashCommand({
      command: '/raad',
      text: words,
      userId,
      teamId: councilTeam,
      channelId: councilChannelId,
      responseUrl: `${bot.slack.hooksUrl}commands/${userId}`,
    }),
  );
  expect(answer.status).toBe(200);
}

/** A click on a discussion button by a Slack user (its answer goes to a response_url of theirs). */
export async function click(
  bot: SlackHarness,
  userId: string,
  actionId: string,
  value: string,
): Promise<void> {
  const answer = await bot.post(
    blockAction({
      actionId,
      value,
      userId,
      teamId: councilTeam,
      channelId: councilChannelId,
      blockId: 'discussion',
      responseUrl: `${bot.slack.hooksUrl}actions/${userId}`,
    }),
  );
  expect(answer.status).toBe(200);
}

export const valueOf = (
  discussionId: string,
  extra: { topic?: string; role?: 'ordstyrer' | 'referent' } = {},
) => discussionValue({ discussionId, ...extra });

/** Every response_url answer so far, newest last. */
export const answers = (bot: SlackHarness) => bot.slack.callsTo('response_url').map((c) => c.args);

/** Waits for one more response_url answer than `before` and gives it. */
export async function nextAnswer(bot: SlackHarness, before: number): Promise<Json> {
  return eventually(() => answers(bot)[before], `answer ${before + 1} is given`);
}

/** The n-th modal opened, once it is. */
export const modalNumber = (bot: SlackHarness, n: number) =>
  eventually(
    () => bot.slack.callsTo('views.open')[n - 1]?.args.view as Json | undefined,
    `modal ${n} opens`,
  );

export const plainInput = (value: string) => ({
  [inputActionId]: { type: 'plain_text_input', value },
});
export const picked = (value: string) => ({
  [inputActionId]: { type: 'static_select', selected_option: { value } },
});
const date = (selected_date: string) => ({
  [inputActionId]: { type: 'datepicker', selected_date },
});
const time = (selected_time: string) => ({
  [inputActionId]: { type: 'timepicker', selected_time },
});

/** The days the set-up form is filled with, counted from the clock. */
export function discussionDays(now: Date) {
  return {
    signUp: localDateInDays(3, now),
    window: localDateInDays(5, now),
    due: localDateInDays(6, now),
  };
}

/** The set-up form as the secretary fills it: two topics, two groups, one shared room. */
export function setUpValues(now: Date, overrides: Record<string, unknown> = {}) {
  const days = discussionDays(now);
  return {
    title: plainInput('Fremtidens kompetencer'),
    'topic.0.title': plainInput('Grøn omstilling'),
    'topic.0.questions': plainInput('Hvilke kompetencer mangler?\nHvem skal uddanne dem?'),
    'topic.1.title': plainInput('Digitalisering'),
    'topic.1.questions': plainInput('Hvad ændrer sig mest?'),
    sizing_kind: {
      [inputActionId]: { type: 'radio_buttons', selected_option: { value: 'count' } },
    },
    sizing_number: { [inputActionId]: { type: 'number_input', value: '2' } },
    sign_up_date: date(days.signUp),
    sign_up_time: time('12:00'),
    window_date: date(days.window),
    window_start: time('13:00'),
    window_end: time('14:30'),
    due_date: date(days.due),
    due_time: time('16:00'),
    rooms: plainInput('https://rum.example/droeftelse'),
    ...overrides,
  } as Record<string, Record<string, Record<string, unknown>>>;
}

export async function submit(
  bot: SlackHarness,
  userId: string,
  callbackId: string,
  values: Record<string, Record<string, Record<string, unknown>>>,
  privateMetadata = '',
) {
  const answer = await bot.post(
    viewSubmission({ callbackId, userId, teamId: councilTeam, values, privateMetadata }),
  );
  expect(answer.status).toBe(200);
  return answer.json as Json | undefined;
}

export const setUpCallback = discussionCallbackIds.setUp;
