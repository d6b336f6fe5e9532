import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRaadsbot, type RunningRaadsbot } from '../../src/main.ts';
import { RunningClock } from '../fakes/running-clock.ts';
import { HARNESS_START } from '../fakes/test-instants.ts';
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
  bot = await startRaadsbot(config, { clock: new RunningClock(HARNESS_START) });
});

afterAll(async () => {
  await bot?.stop();
  await redis?.remove();
});

describe('a link to the referat when Redis goes away', () => {
  it('is answered 503 "try again" (not 404, not 500), and opens again once Redis is back', async () => {
    const roster = await bot.useCases.importRoster({
      format: 'yaml',
      text: `council: { id: rar-udfald, name: RAR Udfald }
members:
  - { id: sek, name: Sanne Sekretær, organisation: Sekretariatet, role: sekretariat }
`,
    });
    if (!roster.ok) throw new Error(roster.code);
    const created = await bot.useCases.createMeeting({
      councilId: 'rar-udfald',
      actorId: 'sek',
      title: 'Rådsmøde',
      start: '2027-01-14T13:00',
      end: '2027-01-14T15:00',
    });
    if (!created.ok) throw new Error(created.code);
    const link = await bot.useCases.minutesLink({
      councilId: 'rar-udfald',
      meetingId: created.value.meeting.id,
      format: 'md',
    });
    if (!link.ok) throw new Error(link.code);
    expect((await fetch(link.value.url)).status).toBe(200);

    await redis.stop({ hard: true });
    const away = await fetch(link.value.url);
    expect(away.status).toBe(503);
    expect(away.headers.get('retry-after')).toBe('5');
    expect(await away.text()).toContain('Prøv igen om lidt');

    await redis.start();
    await eventually(
      async () => (await fetch(link.value.url)).status === 200,
      'the link opens again',
      10_000,
    );
  });
});
