import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/i18n/shared/index.ts';
import { startRaadsbot, type RunningRaadsbot } from '../../src/main.ts';
import { rosterWith } from '../fakes/council-mother.ts';
import { RunningClock } from '../fakes/running-clock.ts';
import { HARNESS_START, localDateInDays } from '../fakes/test-instants.ts';
import { eventually } from '../jobs/jobs-harness.ts';
import { findFreePort } from '../support/free-port.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';
import { testConfig } from '../support/test-config.ts';

let redis: RedisServer;
let bot: RunningRaadsbot;

beforeAll(async () => {
  redis = await startRedisServer({ persistence: 'aof' });
  const config = testConfig({
    REDIS_URL: redis.url,
    PORT: String(await findFreePort()),
    RUN_WORKERS: 'false',
  });
  bot = await startRaadsbot(config, { http: false, clock: new RunningClock(HARNESS_START) });
});

afterAll(async () => {
  await bot?.stop();
  await redis?.remove();
});

describe('when Redis goes away', () => {
  it('a voter is told to try again shortly, and after Redis returns nothing was lost', async () => {
    const roster = rosterWith({ members: 4 });
    const yaml = `council: { id: rar-outage, name: RAR Udfald }\nmembers:\n${roster.all
      .map(
        (m) =>
          `  - { id: ${m.id}, name: ${m.name}, organisation: ${m.organisation}, role: ${m.role}${m.substituteFor ? `, substituteFor: ${m.substituteFor}` : ''} }`,
      )
      .join('\n')}\n`;
    expect(await bot.useCases.importRoster({ format: 'yaml', text: yaml })).toMatchObject({
      ok: true,
    });
    const inAWeek = localDateInDays(7);
    const opened = await bot.useCases.openHearing({
      councilId: 'rar-outage',
      actorId: roster.secretary.id,
      title: 'Mødekalender 2027',
      proposal: 'Sekretariatet indstiller, at Rådet godkender mødekalenderen.',
      deadlineDate: inAWeek,
      deadlineTime: '12:00',
    });
    if (!opened.ok) throw new Error(opened.code);
    const hearingId = opened.value.id;
    const vote = (actorId: string) =>
      bot.useCases.castBallot({ councilId: 'rar-outage', hearingId, actorId, choice: 'for' });

    expect(await vote(roster.chair.id)).toMatchObject({ ok: true });
    await redis.stop({ hard: true });

    const refused = await vote(roster.viceChair.id);
    expect(refused).toMatchObject({ ok: false, code: 'store_unavailable' });
    if (refused.ok) return;
    expect(describeFailure('da', refused)).toBe(
      'Rådsbot kan ikke nå sin database lige nu. Prøv igen om lidt — intet er gået tabt.',
    );

    await redis.start();
    await eventually(
      async () => (await vote(roster.viceChair.id)).ok,
      'a vote goes through again',
      10_000,
    );
    const view = await bot.useCases.viewHearing({ councilId: 'rar-outage', hearingId });
    expect(view.ok && view.value.tally).toMatchObject({ for: 2, responded: 2 });
  });
});
