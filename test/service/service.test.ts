import { afterEach, describe, expect, it } from 'vitest';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';

let bot: TestRaadsbot | undefined;
afterEach(async () => {
  await bot?.shutdown();
  bot = undefined;
});

describe('the service', () => {
  it('says it is alive on /healthz and ready on /readyz when Redis answers', async () => {
    bot = await startTestRaadsbot();
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers an unknown path with 404', async () => {
    bot = await startTestRaadsbot();
    expect((await fetch(`${bot.url}/nowhere`)).status).toBe(404);
  });

  it('loads the demo council when asked and no council exists yet', async () => {
    bot = await startTestRaadsbot({ DEMO_COUNCIL: 'on', RUN_WORKERS: 'false' });
    const councils = await bot.useCases.listCouncils();
    expect(councils.ok && councils.value.map((council) => council.id)).toEqual(['rar-demo']);
    const roster = await bot.deps.rosters.roster('rar-demo');
    expect(roster.map((member) => member.role)).toContain('suppleant');
  });
});
