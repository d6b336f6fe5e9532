import type { Redis } from 'ioredis';
import { afterEach, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/app/ports.ts';
import { createRedis, pingRedis } from '../../src/store/redis-connection.ts';
import { createRedisStores } from '../support/redis-stores.ts';
import {
  aBallot,
  anOpenHearing,
  rosterWith,
  testCouncilId as council,
} from '../fakes/council-mother.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';

let server: RedisServer | undefined;
let redis: Redis | undefined;

afterEach(async () => {
  redis?.disconnect();
  await server?.remove();
});

async function eventually<T>(attempt: () => Promise<T>, withinMs: number): Promise<T> {
  const giveUpAt = Date.now() + withinMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

it('Redis stopped and restarted mid-test: callers get StoreUnavailableError, then the store recovers by itself and no ballot is lost', async () => {
  server = await startRedisServer({ persistence: 'aof' });
  redis = createRedis(server.url, { role: 'web' });
  const { hearings } = createRedisStores(redis, { prefix: 'outage:' });
  const seats = rosterWith({ members: 50 }).members.map((member) => member.id);
  await hearings.saveHearing(anOpenHearing());
  await Promise.all(
    seats.map((seatId) => hearings.castBallot(council, 'h0001', aBallot(seatId, 'for'))),
  );

  await server.stop({ hard: true });

  const startedAt = Date.now();
  await expect(
    hearings.castBallot(council, 'h0001', aBallot('formand', 'against')),
  ).rejects.toBeInstanceOf(StoreUnavailableError);
  await expect(hearings.ballots(council, 'h0001')).rejects.toBeInstanceOf(StoreUnavailableError);
  // Well inside Slack's 3 s, so the user can be told to try again shortly.
  expect(Date.now() - startedAt).toBeLessThan(2_500);

  expect(await pingRedis(redis, 500)).toBe(false);

  await server.start();

  // Same client, no reconnect by hand: the retry strategy brings it back.
  await eventually(
    () => hearings.castBallot(council, 'h0001', aBallot('naestformand', 'abstain')),
    10_000,
  );
  expect(await pingRedis(redis)).toBe(true);
  const ballots = await hearings.ballots(council, 'h0001');
  expect(ballots.map((ballot) => ballot.seatId).sort()).toEqual([...seats, 'naestformand'].sort());
  expect(await hearings.auditTrail(council, 'h0001')).toHaveLength(seats.length + 1);
}, 30_000);
