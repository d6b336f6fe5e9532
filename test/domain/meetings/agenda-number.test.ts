import { describe, expect, it } from 'vitest';
import {
  compareAgendaNumbers,
  formatAgendaNumber,
  isUnder,
  parseAgendaNumber,
} from '../../../src/domain/meetings/agenda-number.ts';

describe('an agenda number', () => {
  it('reads the numbers the minutes print', () => {
    expect(parseAgendaNumber('0.1')).toEqual([0, 1]);
    expect(parseAgendaNumber('1.2.1')).toEqual([1, 2, 1]);
    expect(parseAgendaNumber('1.2.1.')).toEqual([1, 2, 1]);
    expect(parseAgendaNumber('4')).toEqual([4]);
    expect(formatAgendaNumber([0, 1, 1])).toBe('0.1.1');
  });

  it('is no number for a figure or a word', () => {
    expect(parseAgendaNumber('4.117')).toBeUndefined();
    expect(parseAgendaNumber('1..2')).toBeUndefined();
    expect(parseAgendaNumber('A.1')).toBeUndefined();
    expect(parseAgendaNumber('')).toBeUndefined();
  });

  it('orders as the agenda does: by parts as numbers, a parent before its children', () => {
    const numbers = ['2.10.1', '0.1.1', '2.9.1', '0.1', '1.2.1', '0.2'].map((text) =>
      parseAgendaNumber(text)!,
    );
    expect(numbers.sort(compareAgendaNumbers).map(formatAgendaNumber)).toEqual([
      '0.1',
      '0.1.1',
      '0.2',
      '1.2.1',
      '2.9.1',
      '2.10.1',
    ]);
  });

  it('knows which item sits under which', () => {
    expect(isUnder([0, 1, 1], [0, 1])).toBe(true);
    expect(isUnder([0, 1, 1], [0])).toBe(true);
    expect(isUnder([0, 1], [0, 1])).toBe(false);
    expect(isUnder([0, 2, 1], [0, 1])).toBe(false);
  });
});
