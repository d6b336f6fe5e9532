import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotConnector } from '../fakes/fake-bot-connector.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';
import {
  teamsActivities,
  TEAMS_TENANT_ID,
  type TeamsAccount,
  type TeamsActivities,
} from '../support/teams-activities.ts';
import { hearingForm } from '../support/teams-flows.ts';
import { textOf } from '../support/teams-harness.ts';
import {
  aadOf,
  actorOf,
  chatActions,
  councilId,
  expected,
  MatrixTally,
  refusalWords,
  otherCouncilId,
  otherRosterYaml,
  roles,
  rosterYaml,
  type Role,
} from './authorisation-matrix.ts';
import { expectChanged, freshHearing, reminderRoundTaken, stateOf } from './matrix-cells.ts';

/** The other council's tenant: its personal chats are bound to RAR Andet. */
const OTHER_TENANT_ID = '0a6e2f4c-8b1d-4e3a-9c57-2d4f6a8b0c99';

let bot: TestRaadsbot;
let connector: FakeBotConnector;
let teams: TeamsActivities;
let otherTeams: TeamsActivities;
const tally = new MatrixTally();

beforeAll(async () => {
  connector = await FakeBotConnector.start();
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'false' },
    // Monday 23 November 2026, 09.00 in Copenhagen.
    { label: 'authz-teams', clock: new FixedClock('2026-11-23T08:00:00.000Z') },
  );
  for (const text of [rosterYaml, otherRosterYaml]) {
    const imported = await bot.useCases.importRoster({ format: 'yaml', text });
    if (!imported.ok) throw new Error(imported.code);
  }
  for (const [tenant, council] of [
    [TEAMS_TENANT_ID, councilId],
    [OTHER_TENANT_ID, otherCouncilId],
  ] as const) {
    const bound = await bot.useCases.bindWorkspace({
      platform: 'teams',
      workspaceId: `tenant/${tenant}`,
      councilId: council,
    });
    if (!bound.ok) throw new Error(bound.code);
  }
  teams = teamsActivities({ serviceUrl: connector.serviceUrl });
  otherTeams = teamsActivities({ serviceUrl: connector.serviceUrl, tenantId: OTHER_TENANT_ID });
}, 30_000);
afterAll(async () => {
  console.log(tally.line('Teams'));
  await bot?.shutdown();
  await connector?.close();
});

const accountOf = (role: Role): TeamsAccount => {
  const id = actorOf[role];
  return { id: `29:1${id}-Xq7Lr2`, name: id, aadObjectId: aadOf(id), role: 'user' };
};

/** Everyone clicks in their 1:1 chat with the bot; the other council's secretary in her own tenant. */
async function clickAs(role: Role, verb: string, data: Record<string, unknown>): Promise<unknown> {
  const scene = role === 'other_council_sekretariat' ? otherTeams : teams;
  const from = accountOf(role);
  const activity = scene.cardAction(
    from,
    { verb, data, replyToId: '1732000000001' },
    scene.personalChatWith(from),
  );
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { statusCode?: number; value?: unknown };
  expect(body.statusCode).toBe(200);
  return body.value;
}

const wordsOf = (answer: unknown): string => (typeof answer === 'string' ? answer : textOf(answer));

/** The data of the card's "Ja, luk høringen" button, if the answer offers one. */
function confirmCloseData(card: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(card)) return card.map(confirmCloseData).find(Boolean);
  if (card === null || typeof card !== 'object') return undefined;
  const node = card as Record<string, unknown>;
  if (node['verb'] === 'confirmClose') return node['data'] as Record<string, unknown>;
  return Object.values(node).map(confirmCloseData).find(Boolean);
}

/**
 * Drives one action the way a person does it in Teams; says what they were
 * told. The management buttons are pressed on the hearing's card (origin
 * "card"), whose answer is that card with the outcome under it.
 */
async function act(
  action: (typeof chatActions)[number],
  role: Role,
  hearingId: string,
): Promise<string> {
  switch (action) {
    case 'open':
      return wordsOf(
        await clickAs(
          role,
          'openHearing',
          hearingForm({ title: `Teams ${role}`, deadlineDate: '2026-11-27' }),
        ),
      );
    case 'vote':
      return wordsOf(await clickAs(role, 'vote', { hearingId, choice: 'for' }));
    case 'afbud':
      return wordsOf(await clickAs(role, 'registerAbsence', { hearingId }));
    case 'remind':
      return wordsOf(await clickAs(role, 'remindNow', { hearingId, origin: 'card' }));
    case 'close': {
      // "Luk høringen nu" asks first; only "Ja, luk høringen" (confirmClose) closes.
      const asked = await clickAs(role, 'closeHearing', { hearingId, origin: 'card' });
      const confirm = confirmCloseData(asked);
      if (confirm !== undefined) return wordsOf(await clickAs(role, 'confirmClose', confirm));
      // Refused at the first step: a confirmation forged without it must not close either.
      const forged = await clickAs(role, 'confirmClose', { hearingId, seen: '', origin: 'card' });
      expect(wordsOf(forged)).toMatch(refusalWords);
      return wordsOf(asked);
    }
  }
}

const cells = chatActions.flatMap((action) =>
  roles.map((role) => ({ action, role, verdict: expected[action](role) })),
);

describe('the authorisation matrix in Teams', () => {
  it.each(cells)('$role: $action is $verdict', async ({ action, role, verdict }) => {
    const hearingId = await freshHearing(bot, action, `Teams ${action} ${role}`);
    const before = await stateOf(bot, hearingId);
    const told = await act(action, role, hearingId);
    const after = await stateOf(bot, hearingId);
    tally.cells += 1;
    expect(told).toMatch(/\p{L}{3,}/u);
    if (verdict === 'allowed') {
      expectChanged(action, role, hearingId, before, after);
      if (action === 'remind') expect(await reminderRoundTaken(bot, hearingId)).toBe(true);
      return;
    }
    if (role === 'other_council_sekretariat' && action === 'open') {
      // Her form can only open a hearing in her own council: the tenant names the council.
      expect(after.openHearings).toEqual(before.openHearings);
      expect(after.otherCouncilOpenHearings.length).toBe(
        before.otherCouncilOpenHearings.length + 1,
      );
      tally.refused += 1;
      return;
    }
    const remindedAnyway = action === 'remind' && (await reminderRoundTaken(bot, hearingId));
    if (JSON.stringify(after) !== JSON.stringify(before) || remindedAnyway)
      tally.wronglyAllowed += 1;
    else if (!refusalWords.test(told)) tally.silent += 1;
    else tally.refused += 1;
    // Refused in words, also when the answer is a card, and nothing changed.
    expect(told).toMatch(refusalWords);
    expect(after).toEqual(before);
    expect(remindedAnyway).toBe(false);
  });
});
