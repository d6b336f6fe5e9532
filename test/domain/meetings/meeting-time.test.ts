import { describe, expect, it } from 'vitest';
import { instantOfMeetingTime } from '../../../src/domain/meetings/meeting-time.ts';

const timeZone = 'Europe/Copenhagen';

describe("a meeting's council-local time as an instant", () => {
  it('follows the zone on either side of a daylight-saving change', () => {
    expect(instantOfMeetingTime('2027-03-25T10:00', timeZone).toISOString()).toBe(
      '2027-03-25T09:00:00.000Z',
    );
    expect(instantOfMeetingTime('2027-03-29T10:00', timeZone).toISOString()).toBe(
      '2027-03-29T08:00:00.000Z',
    );
  });

  it('reads a wall time the spring-forward skips as the instant it would have been', () => {
    expect(instantOfMeetingTime('2027-03-28T02:30', timeZone).toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
  });
});
