import { describe, expect, it } from 'vitest';
import { parseKindMark } from '../../../src/domain/meetings/agenda-item.ts';

describe("an item's kind mark", () => {
  it('reads one kind or several, in the order printed', () => {
    expect(parseKindMark('B')).toEqual({ kinds: ['B'], presentation: false });
    expect(parseKindMark('O+D')).toEqual({ kinds: ['O', 'D'], presentation: false });
    expect(parseKindMark('O/D')).toEqual({ kinds: ['O', 'D'], presentation: false });
  });

  it('reads the presentation mark (Oplæg)', () => {
    expect(parseKindMark('Oplæg + D')).toEqual({ kinds: ['D'], presentation: true });
    expect(parseKindMark('Oplæg')).toEqual({ kinds: [], presentation: true });
  });

  it('is no mark for other words in parentheses', () => {
    expect(parseKindMark('regionale uddannelsespulje')).toBeUndefined();
    expect(parseKindMark('tidligere LO')).toBeUndefined();
    expect(parseKindMark('')).toBeUndefined();
  });
});
