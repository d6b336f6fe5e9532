/** Steps of a hearing in Teams, as activities posted to the bot; each waits for what it causes. */
import { expect } from 'vitest';
import type { WireActivity } from '../fakes/fake-bot-connector.ts';
import { localDateInDays } from '../fakes/test-instants.ts';
import {
  cardIn,
  invokeCard,
  textOf,
  type AdaptiveCardJson,
  type PostAnswer,
  type TeamsHarness,
} from './teams-harness.ts';
import { TEAMS_PEOPLE, type TeamsAccount, type TeamsPlace } from './teams-activities.ts';

/** A date `days` after the harness's start in Copenhagen, as Input.Date sends it. */
export const dateInDays = (days: number): string => localDateInDays(days);

export const hearingForm = (overrides: Record<string, string> = {}): Record<string, string> => ({
  title: 'Positivlisten 2027',
  proposal: 'Sekretariatet indstiller, at Rådet godkender positivlisten.',
  agendaItem: '',
  deadlineDate: dateInDays(7),
  deadlineTime: '12:00',
  mode: 'vote',
  majority: 'simple',
  quorum: '0.5',
  ballot: 'named',
  results: 'live',
  reasonRequiredWithAgainst: 'false',
  closeWhenAllResponded: 'false',
  ...overrides,
});

/** Sends a message and returns the bot's reply to it (the reply is sent during the request). */
export async function say(
  h: TeamsHarness,
  from: TeamsAccount,
  text: string,
  place: TeamsPlace,
): Promise<WireActivity> {
  const message = h.teams.message(from, text, place);
  const answer = await h.post(message);
  expect(answer.status).toBe(200);
  const [reply] = h.connector.repliesTo(message.id).slice(-1);
  if (!reply) throw new Error(`no reply to "${text}"`);
  return reply;
}

export const replyText = (reply: WireActivity): string => reply.text ?? textOf(cardIn(reply));

export async function click(
  h: TeamsHarness,
  from: TeamsAccount,
  verb: string,
  data: Record<string, unknown>,
  place: TeamsPlace,
  replyToId = '1732000000001',
  trigger: 'manual' | 'automatic' = 'manual',
): Promise<PostAnswer> {
  return h.post(h.teams.cardAction(from, { verb, data, replyToId, trigger }, place));
}

export interface PostedHearing {
  readonly hearingId: string;
  /** The card's activity id in the channel (what the outbox updates). */
  readonly activityId: string;
  readonly card: AdaptiveCardJson;
  readonly confirmation: AdaptiveCardJson;
}

/** The secretary opens a hearing from her 1:1 chat; the outbox posts its card in the council channel. */
export async function openHearingInTeams(
  h: TeamsHarness,
  overrides: Record<string, string> = {},
  options: { beforeSubmit?: () => void } = {},
): Promise<PostedHearing> {
  const chat = h.teams.personalChatWith(TEAMS_PEOPLE.secretary);
  const form = await say(h, TEAMS_PEOPLE.secretary, 'ny høring', chat);
  options.beforeSubmit?.();
  const before = h.connector.sentActivities(h.channel.conversation.id).length;
  const answer = await click(
    h,
    TEAMS_PEOPLE.secretary,
    'openHearing',
    hearingForm(overrides),
    chat,
    form.id ?? 'form',
  );
  const confirmation = invokeCard(answer);
  await h.connector.waitUntil(
    (c) => c.sentActivities(h.channel.conversation.id).length > before,
    10_000,
  );
  const posted = h.connector.calls.filter(
    (call) =>
      call.conversationId === h.channel.conversation.id &&
      call.status < 300 &&
      call.method === 'POST',
  );
  const last = posted.at(-1);
  const card = cardIn(last?.body as WireActivity);
  const hearingId = card?.actions?.[0]?.data?.['hearingId'];
  if (!last || !card || typeof hearingId !== 'string')
    throw new Error('no hearing card in the channel');
  return {
    hearingId,
    activityId: String((last.response as { id: string }).id),
    card,
    confirmation,
  };
}

/** The latest version of the hearing card the channel shows (the post, or its last update). */
export function sharedCard(
  h: TeamsHarness,
  hearing: Pick<PostedHearing, 'activityId' | 'card'>,
): AdaptiveCardJson {
  const update = h.connector.updatesOf(hearing.activityId).at(-1);
  return update ? (cardIn(update) as AdaptiveCardJson) : hearing.card;
}

/** Waits until the channel's card shows `text` (the outbox updates it after clicks, coalesced). */
export async function untilCardShows(
  h: TeamsHarness,
  hearing: PostedHearing,
  text: string,
): Promise<AdaptiveCardJson> {
  await h.connector.waitUntil(() => textOf(sharedCard(h, hearing)).includes(text), 10_000);
  return sharedCard(h, hearing);
}

export const voteOn = (
  h: TeamsHarness,
  hearing: PostedHearing,
  from: TeamsAccount,
  choice: string,
  extra: Record<string, unknown> = {},
) =>
  click(
    h,
    from,
    'vote',
    { hearingId: hearing.hearingId, choice, ...extra },
    h.channel,
    hearing.activityId,
  );
