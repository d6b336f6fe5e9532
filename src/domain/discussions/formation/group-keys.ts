/**
 * A group's key is its topic's key and its number in that topic ('A1', 'A2',
 * 'B1'). Numbers are given in order on every run, so a re-run gives the same
 * keys and a manual move (member → key) still finds its group.
 */
export const groupKey = (topic: string, number: number): string => `${topic}${number}`;

export interface ParsedGroupKey {
  readonly topic: string;
  readonly number: number;
}

/** The topic and number of a key, if it names a topic of this discussion. */
export function parseGroupKey(key: string, topics: readonly string[]): ParsedGroupKey | undefined {
  // The longest matching topic key wins, so topics 'A' and 'AB' do not mistake 'AB1' for 'A' 'B1'.
  const topic = [...topics]
    .filter((candidate) => key.startsWith(candidate))
    .sort((left, right) => right.length - left.length)[0];
  if (topic === undefined) return undefined;
  const digits = key.slice(topic.length);
  if (!/^[1-9][0-9]*$/.test(digits)) return undefined;
  return { topic, number: Number(digits) };
}
