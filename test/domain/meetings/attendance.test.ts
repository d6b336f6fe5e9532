import { describe, expect, it } from 'vitest';
import { addAttendee } from '../../../src/domain/meetings/attendance.ts';

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
});
