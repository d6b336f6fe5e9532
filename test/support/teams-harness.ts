/**
 * Rådsbot as src/main.ts composes it (startTestRaadsbot: real Redis, queues,
 * workers, HTTP server) with the Teams surface in local mode, a fake Bot
 * Connector on 127.0.0.1 as every activity's serviceUrl, and a council whose
 * roster holds the people of test/support/teams-activities.ts. Tests post
 * Bot Framework activities to /api/messages and read what the bot sent from
 * the connector.
 */
import { test } from 'vitest';
import type { Clock } from '../../src/app/ports.ts';
import type { Council } from '../../src/domain/council/council.ts';
import { FakeBotConnector, type WireActivity } from '../fakes/fake-bot-connector.ts';
import { startTestRaadsbot, type TestRaadsbot } from './start-test-raadsbot.ts';
import {
  TEAMS_PEOPLE,
  teamsActivities,
  type TeamsAccount,
  type TeamsActivities,
  type TeamsActivity,
  type TeamsPlace,
} from './teams-activities.ts';
import { createAdaptiveCardValidator } from './validate-json-schema.ts';

export type AdaptiveCardJson = {
  type: 'AdaptiveCard';
  body: Record<string, unknown>[];
  actions?: { title: string; verb?: string; data?: Record<string, unknown> }[];
  refresh?: { userIds: string[]; action: { verb: string } };
  [key: string]: unknown;
};

/** A second person on the roster whom no test clicks as, so a vote never settles the council. */
export const TEAMS_BYSTANDER: TeamsAccount = {
  id: '29:1medl-karl-vang-Xq7Lr2',
  name: 'Karl Vang',
  aadObjectId: '4b8e2d1c-5f3a-4e9b-8c7d-6a5b4c3d2e66',
  role: 'user',
};

/** Amira's suppleant: holds her seat while she has afbud. */
export const TEAMS_SUBSTITUTE: TeamsAccount = {
  id: '29:1supp-bo-sand-Xq7Lr2',
  name: 'Bo Sand',
  aadObjectId: '9d4c3b2a-1e0f-4a5b-8c6d-7e8f9a0b1c55',
  role: 'user',
};

export const COUNCIL_ID = 'rar-teams';

/** The roster: Signe (sekretariat), Jonas (formand), Amira (medlem), Karl (medlem), Bo (Amira's suppleant), Lis (medlem, no Teams id). */
export function teamsRosterYaml(
  locale: 'da' | 'en' = 'da',
  councilId = COUNCIL_ID,
  name = locale === 'da' ? 'RAR Teamsregion' : 'RLMC Teams Region',
): string {
  const teamsId = (person: TeamsAccount) => person.aadObjectId ?? '';
  return [
    `council: { id: ${councilId}, name: ${name}, locale: ${locale}, timeZone: Europe/Copenhagen }`,
    'members:',
    `  - { id: signe, name: Signe Holm, organisation: Sekretariatet, role: sekretariat, teams: ${teamsId(TEAMS_PEOPLE.secretary)} }`,
    `  - { id: jonas, name: Jonas Kjær, organisation: DA, role: formand, teams: ${teamsId(TEAMS_PEOPLE.memberA)} }`,
    `  - { id: amira, name: Amira Lund, organisation: FH, role: medlem, teams: ${teamsId(TEAMS_PEOPLE.memberB)} }`,
    `  - { id: karl, name: Karl Vang, organisation: KL, role: medlem, teams: ${teamsId(TEAMS_BYSTANDER)} }`,
    '  - { id: lis, name: Lis Mørk, organisation: DH, role: medlem }',
    `  - { id: bo, name: Bo Sand, organisation: FH, role: suppleant, substituteFor: amira, teams: ${teamsId(TEAMS_SUBSTITUTE)} }`,
    '',
  ].join('\n');
}

export interface PostAnswer {
  status: number;
  body: { statusCode?: number; type?: string; value?: unknown } | undefined;
}

export interface TeamsHarness {
  readonly bot: TestRaadsbot;
  readonly connector: FakeBotConnector;
  readonly teams: TeamsActivities;
  readonly council: Council;
  readonly channel: TeamsPlace;
  post(
    activity: TeamsActivity | Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<PostAnswer>;
  /** Every Adaptive Card the bot sent or answered with so far. */
  cardsSeen(): unknown[];
  stop(): Promise<void>;
}

export interface TeamsHarnessOptions {
  readonly locale?: 'da' | 'en';
  /** Install the bot in the council's channel first (binds the team to the council). Default true. */
  readonly installed?: boolean;
  readonly clock?: Clock;
  readonly env?: Record<string, string>;
}

export async function startTeamsHarness(options: TeamsHarnessOptions = {}): Promise<TeamsHarness> {
  const connector = await FakeBotConnector.start();
  const bot = await startTestRaadsbot(options.env ?? {}, {
    label: 'teams',
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: teamsRosterYaml(options.locale),
  });
  if (!imported.ok) throw new Error(`roster: ${imported.code}`);
  const teams = teamsActivities({ serviceUrl: connector.serviceUrl });
  const channel = teams.councilChannel();
  const invokeCards: unknown[] = [];
  const post = async (
    activity: TeamsActivity | Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    const body = text === '' ? undefined : (JSON.parse(text) as PostAnswer['body']);
    if (body?.type === 'application/vnd.microsoft.card.adaptive') invokeCards.push(body.value);
    return { status: response.status, body };
  };
  if (options.installed !== false) {
    await post(teams.botInstalled(channel, TEAMS_PEOPLE.secretary));
  }
  return {
    bot,
    connector,
    teams,
    council: imported.value.council,
    channel,
    post,
    cardsSeen: () => [
      ...connector.calls.flatMap((call) => cardsIn(call.body as WireActivity | undefined)),
      ...invokeCards,
    ],
    async stop() {
      await bot.shutdown();
      await connector.close();
    },
  };
}

export const cardsIn = (activity: WireActivity | undefined): unknown[] =>
  (activity?.attachments ?? [])
    .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((attachment) => attachment.content);

export const cardIn = (activity: WireActivity | undefined): AdaptiveCardJson | undefined =>
  cardsIn(activity)[0] as AdaptiveCardJson | undefined;

/** All the text a card shows (TextBlocks, labels, button titles), for "the card says …" assertions. */
export function textOf(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'label'])
      if (typeof record[key] === 'string') parts.push(record[key] as string);
    for (const [key, value] of Object.entries(record))
      if (key !== 'fallback' && key !== 'refresh') walk(value);
  };
  walk(card);
  return parts.join('\n');
}

/** The invoke response's card (a click answered with the clicker's own view). */
export function invokeCard(answer: PostAnswer): AdaptiveCardJson {
  if (answer.status !== 200 || answer.body?.type !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(
      `expected a card in the invoke response, got ${answer.status} ${JSON.stringify(answer.body)}`,
    );
  return answer.body.value as AdaptiveCardJson;
}

const validateCard = createAdaptiveCardValidator();

/** A vitest test with a fresh harness, cards checked against Adaptive Cards 1.5 after each test. */
export function teamsTestWith(options: TeamsHarnessOptions = {}) {
  return test.extend<{ h: TeamsHarness }>({
    // eslint-disable-next-line no-empty-pattern
    h: async ({}, use) => {
      const harness = await startTeamsHarness(options);
      try {
        await use(harness);
        for (const card of harness.cardsSeen()) {
          const { valid, errors } = validateCard(card);
          if (!valid)
            throw new Error(
              `a card the bot sent is not valid Adaptive Card 1.5:\n${errors.join('\n')}\n${JSON.stringify(card)}`,
            );
        }
      } finally {
        await harness.stop();
      }
    },
  });
}

export const teamsTest = teamsTestWith();
