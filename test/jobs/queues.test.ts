import { describe, expect, test } from 'vitest';
import { noticeJobId } from '../../src/jobs/outbox-notifier.ts';
import { noticeCatalog } from '../../src/core.ts';
import { jobIds } from '../../src/jobs/hearings/hearing-queues.ts';
import { jobIdOf } from '../../src/jobs/queues.ts';

describe('job ids', () => {
  test('never hold a colon, which BullMQ refuses', () => {
    expect(jobIdOf('x', 'a:b', 'c')).not.toContain(':');
    expect(
      noticeJobId(noticeCatalog, {
        kind: 'reminder',
        councilId: 'c',
        hearingId: 'h',
        memberId: 'm:1',
        reminderKey: 'k',
        deadline: '2026-11-27T11:00:00.000Z',
      }),
    ).not.toContain(':');
  });

  test('give the reminders of a moved deadline ids of their own', () => {
    const reminder = {
      kind: 'reminder' as const,
      councilId: 'c',
      hearingId: 'h',
      memberId: 'm',
      reminderKey: 'day-before',
    };
    expect(
      noticeJobId(noticeCatalog, { ...reminder, deadline: '2026-11-27T11:00:00.000Z' }),
    ).not.toBe(noticeJobId(noticeCatalog, { ...reminder, deadline: '2026-11-30T09:00:00.000Z' }));
  });

  test('tell councils and hearings apart even when their ids hold dashes', () => {
    expect(jobIds.close('a-b', 'c', 1)).not.toBe(jobIds.close('a', 'b-c', 1));
    expect(jobIds.close('rar-test', 'h0001', 1767225600000)).toBe(
      'close.rar-test.h0001.1767225600000',
    );
  });
});
