import { describe, expect, it } from 'vitest';
import { addAttendee, groupAttendees } from '../../../src/domain/meetings/attendance.ts';

describe('attendance', () => {
  it('groups people by organisation in the order the groups first appear', () => {
    let groups = addAttendee([], 'FH', { name: 'Anna Ager' });
    groups = addAttendee(groups, 'DA', { name: 'Bo Bøg', note: 'bagland' });
    groups = addAttendee(groups, 'FH', { name: 'Cai Clausen' });
    expect(groups).toEqual([
      { organisation: 'FH', people: [{ name: 'Anna Ager' }, { name: 'Cai Clausen' }] },
      { organisation: 'DA', people: [{ name: 'Bo Bøg', note: 'bagland' }] },
    ]);
  });

  it('groups a long list in one pass, the same way as adding one at a time', () => {
    const entries = Array.from({ length: 3000 }, (_, index) => ({
      organisation: ['FH', 'DA', 'KL'][index % 3]!,
      attendee: { name: `Deltager ${index}` },
    }));
    const oneAtATime = entries.reduce(
      (groups, entry) => addAttendee(groups, entry.organisation, entry.attendee),
      [] as ReturnType<typeof addAttendee>,
    );
    expect(groupAttendees(entries)).toEqual(oneAtATime);
  });
});
