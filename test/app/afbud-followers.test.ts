import { describe, expect, it } from 'vitest';
import { AfbudFollowers, type AfbudChange } from '../../src/app/afbud-followers.ts';

const change: AfbudChange = {
  councilId: 'rar-test',
  meetingId: 'm0001',
  memberId: 'm001',
  change: 'sent',
};

describe('what follows a member’s afbud', () => {
  it('every follower hears it in turn; one that fails is reported and the rest still run', async () => {
    const heard: string[] = [];
    const failures: unknown[] = [];
    const followers = new AfbudFollowers((error) => failures.push(error));
    followers.follow(async () => {
      heard.push('first');
      throw new Error('the store is out');
    });
    followers.follow(async (told) => {
      heard.push(`second:${told.memberId}`);
    });
    await expect(followers.tell(change)).resolves.toBeUndefined();
    expect(heard).toEqual(['first', 'second:m001']);
    expect(failures).toEqual([new Error('the store is out')]);
  });
});
