/**
 * A hearing's message record written before the message lifecycle (by the
 * per-platform senders) is still understood: found at the same Redis key,
 * its address read, and the follow-ups it names not posted again.
 */
import { describe, expect, it } from 'vitest';
import {
  followUpPosted,
  readMessageRecord,
} from '../../../src/bot/message-lifecycle/message-record.ts';
import { olderHearingFollowUps } from '../../../src/bot/present/hearings/hearing-notice-plans.ts';
import { messageAddressOf as slackAddressOf } from '../../../src/bot/slack/slack-addresses.ts';
import { messageAddressOf as teamsAddressOf } from '../../../src/bot/teams/teams-addresses.ts';
import { RedisChatDirectory } from '../../../src/store/redis-chat-directory.ts';
import { RedisKeys } from '../../../src/store/redis-keys.ts';
import { redisTest } from '../../support/redis-test.ts';

const reference = {
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: '19:raadet@thread.tacv2' },
};

describe("a hearing's record from before the lifecycle", () => {
  it('Slack: the address, the posted result and the announced deadline', () => {
    const record = readMessageRecord(
      {
        teamId: 'T0KOMMUNE1',
        channel: 'C0RAADET01',
        ts: '1767000000.000100',
        resultTs: '1767000000.000200',
        announcedDeadline: '2027-01-09T11:00:00.000Z',
      },
      slackAddressOf,
      olderHearingFollowUps,
    );

    expect(record?.where).toEqual({
      teamId: 'T0KOMMUNE1',
      channel: 'C0RAADET01',
      ts: '1767000000.000100',
    });
    expect(followUpPosted(record!, { key: 'result' })).toBe(true);
    expect(followUpPosted(record!, { key: 'cancelled' })).toBe(false);
    expect(followUpPosted(record!, { key: 'deadline', version: '2027-01-09T11:00:00.000Z' })).toBe(
      true,
    );
    expect(followUpPosted(record!, { key: 'deadline', version: '2027-01-16T11:00:00.000Z' })).toBe(
      false,
    );
  });

  it('Teams: the card, its last update and the posted withdrawal', () => {
    const record = readMessageRecord(
      {
        conversationId: '19:raadet@thread.tacv2',
        activityId: '1732000000001',
        reference,
        updatedAt: 1_767_000_000_000,
        cancelledActivityId: '1732000000002',
      },
      teamsAddressOf,
      olderHearingFollowUps,
    );

    expect(record?.where).toEqual({
      conversationId: '19:raadet@thread.tacv2',
      activityId: '1732000000001',
      reference,
    });
    expect(record?.updatedAt).toBe(1_767_000_000_000);
    expect(followUpPosted(record!, { key: 'cancelled' })).toBe(true);
    expect(followUpPosted(record!, { key: 'result' })).toBe(false);
  });

  it('a keyed follow-up wins over an older field (a deadline moved again)', () => {
    const record = readMessageRecord(
      {
        teamId: 'T0KOMMUNE1',
        channel: 'C0RAADET01',
        ts: '1.1',
        announcedDeadline: 'A',
        followUps: { deadline: 'B' },
      },
      slackAddressOf,
      olderHearingFollowUps,
    );
    expect(followUpPosted(record!, { key: 'deadline', version: 'B' })).toBe(true);
    expect(followUpPosted(record!, { key: 'deadline', version: 'A' })).toBe(false);
  });

  redisTest(
    "is found under the hearing's own key, as subject hearing:<id>",
    async ({ redis, keyPrefix }) => {
      const keys = new RedisKeys(keyPrefix);
      const directory = new RedisChatDirectory(redis, keys);
      const older = { teamId: 'T0KOMMUNE1', channel: 'C0RAADET01', ts: '1.1', resultTs: '1.2' };
      await redis.hset(keys.hearingKeys('rar-a', 'h0001').messages, 'slack', JSON.stringify(older));

      expect(await directory.message('rar-a', 'hearing:h0001', 'slack')).toEqual(older);
      await directory.saveMessage('rar-a', 'meeting:m0001', 'teams', { activityId: '7' });
      expect(await directory.message('rar-a', 'meeting:m0001', 'teams')).toEqual({
        activityId: '7',
      });
      expect(await directory.message('rar-a', 'hearing:h0001', 'teams')).toBeUndefined();
    },
  );
});
