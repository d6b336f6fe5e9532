/** A group discussion in the Teams harness's council: set up from the secretary's chat, and where its cards land. */
import { expect } from 'vitest';
import { discussionVerbNames } from '../../../../src/bot/teams/discussions/discussion-verb-names.ts';
import type { WireActivity } from '../../../fakes/fake-bot-connector.ts';
import { localDateInDays } from '../../../fakes/test-instants.ts';
import { TEAMS_PEOPLE, type TeamsAccount } from '../../../support/teams-activities.ts';
import { click, say } from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  textOf,
  type AdaptiveCardJson,
  type PostAnswer,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';
import { postsIn } from '../meetings/teams-agenda-support.ts';

export const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;

/** The set-up card's inputs as Teams sends them: two topics, two groups, deadlines in the days after the harness's start. */
export const setupForm = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: 'Unge uden uddannelse',
  topic1Title: 'Praktikpladser',
  topic1Questions: 'Hvad virker i dag?\nHvad kan Rådet gøre?',
  topic2Title: 'Voksenlærlinge',
  topic2Questions: 'Hvem skal vi nå?',
  topic3Title: '',
  topic3Questions: '',
  topic4Title: '',
  topic4Questions: '',
  sizing: 'count',
  sizingValue: 2,
  signUpDate: localDateInDays(5),
  signUpTime: '12:00',
  windowDate: localDateInDays(7),
  windowStart: '13:00',
  windowEnd: '14:00',
  dueDate: localDateInDays(8),
  dueTime: '12:00',
  rooms: 'https://rum.example/gruppe-1\nhttps://rum.example/gruppe-2',
  ...overrides,
});

/** Each person has opened their 1:1 chat with the bot, so it can write to them there. */
export async function personalChats(h: TeamsHarness, people: readonly TeamsAccount[]) {
  for (const person of people) {
    const chat = h.teams.personalChatWith(person);
    expect((await h.post(h.teams.message(person, 'hjælp', chat))).status).toBe(200);
  }
}

/** The discussion's card in the channel (the first top-level post whose title says so). */
export function signUpPost(h: TeamsHarness): { id: string; activity: WireActivity } | undefined {
  return postsIn(h, h.channel.conversation.id).find((post) =>
    textOf(cardIn(post.activity)).startsWith('Gruppedrøftelse:'),
  );
}

/** A post as the channel shows it now: its last accepted update, else the post. */
export function nowShown(h: TeamsHarness, post: { id: string; activity: WireActivity }) {
  const update = h.connector.updatesOf(post.id).at(-1);
  return cardIn(update ?? post.activity) as AdaptiveCardJson;
}

/** The secretary types "gruppedrøftelse" in her chat and sends the card; the sign-up card comes in the channel. */
export async function setUpInTeams(h: TeamsHarness, overrides: Record<string, unknown> = {}) {
  const chat = h.teams.personalChatWith(secretary);
  const form = cardIn(await say(h, secretary, 'gruppedrøftelse', chat));
  expect(textOf(form)).toContain('Ny gruppedrøftelse');
  const done = invokeCard(
    await click(h, secretary, discussionVerbNames.start, setupForm(overrides), chat),
  );
  expect(textOf(done)).toContain('Gruppedrøftelsen er oprettet');
  await h.connector.waitUntil(() => signUpPost(h) !== undefined, 15_000);
  const post = signUpPost(h)!;
  const listed = await h.bot.useCases.listDiscussions({ councilId: h.council.id });
  if (!listed.ok || listed.value[0] === undefined) throw new Error('no discussion stored');
  return { discussionId: listed.value[0].id, post, chat };
}

/** The text of an invoke answered with a line of text rather than a card. */
export function answerText(answer: PostAnswer): string {
  expect(answer.status).toBe(200);
  if (answer.body?.type === 'application/vnd.microsoft.card.adaptive')
    return textOf(answer.body.value);
  return String(answer.body?.value);
}

/** Direct messages the bot sent into one person's 1:1 chat, as text. */
export const dmTexts = (h: TeamsHarness, person: TeamsAccount): string[] =>
  h.connector
    .sentActivities(h.teams.personalChatWith(person).conversation.id)
    .map((activity) => activity.text ?? textOf(cardIn(activity)));
