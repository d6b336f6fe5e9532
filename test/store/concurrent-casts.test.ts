import { Redis } from 'ioredis';
import { afterEach, expect, inject, it } from 'vitest';
import type { Ballot } from '../../src/domain/hearings/ballot.ts';
import { choices } from '../../src/domain/hearings/hearing.ts';
import { RedisHearingStore } from '../../src/store/hearings/redis-hearing-store.ts';
import { RedisKeys } from '../../src/store/redis-keys.ts';
import {
  aBallot,
  anOpenHearing,
  rosterWith,
  testCouncilId as council,
} from '../fakes/council-mother.ts';
import { deleteKeysContaining, uniquePrefix } from '../support/redis-prefix.ts';

const connections: Redis[] = [];
const prefix = `${uniquePrefix('concurrent')}:`;

afterEach(async () => {
  const [first] = connections;
  if (first) await deleteKeysContaining(first, prefix);
  await Promise.all(connections.map((redis) => redis.quit()));
});

it('1,000 concurrent casts from 200 seats leave exactly one ballot per seat and an audit event for every cast', async () => {
  const keys = new RedisKeys(prefix);
  for (let i = 0; i < 8; i++)
    connections.push(new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 }));
  const stores = connections.map((redis) => new RedisHearingStore(redis, keys));
  await stores[0]!.saveHearing(anOpenHearing());
  const seats = rosterWith({ members: 200 }).members.map((member) => member.id);
  const vote = choices.slice(0, 3);

  // Five casts per seat, interleaved across seats and spread over 8 connections.
  const casts: Ballot[] = Array.from({ length: 1_000 }, (_, i) =>
    aBallot(
      seats[i % 200]!,
      vote[i % 3],
      new Date(Date.UTC(2026, 2, 2, 10, 0, 0, i)).toISOString(),
    ),
  );
  const outcomes = await Promise.all(
    casts.map((ballot, i) => stores[i % stores.length]!.castBallot(council, 'h0001', ballot)),
  );

  expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
  expect(outcomes.filter((outcome) => outcome.ok && outcome.previous === undefined)).toHaveLength(
    200,
  );

  const ballots = await stores[0]!.ballots(council, 'h0001');
  expect(ballots).toHaveLength(200);
  expect(new Set(ballots.map((ballot) => ballot.seatId)).size).toBe(200);

  const audit = await stores[0]!.auditTrail(council, 'h0001');
  expect(audit).toHaveLength(1_000);
  for (const seatId of seats) {
    const events = audit.filter((event) => event.seatId === seatId);
    expect(events.map((event) => event.type)).toEqual([
      'cast',
      'change',
      'change',
      'change',
      'change',
    ]);
    // No lost update: the stored ballot is the one the seat's last event records.
    const stored = ballots.find((ballot) => ballot.seatId === seatId);
    expect(stored?.castAt).toBe(events.at(-1)?.at);
    expect(stored?.choice).toBe(events.at(-1)?.choice);
  }
});
