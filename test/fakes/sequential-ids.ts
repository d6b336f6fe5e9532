import type { IdSource } from '../../src/app/ports.ts';

/** Predictable hearing ids for tests: h0001, h0002, ... (no ':', safe in keys). */
export class SequentialIds implements IdSource {
  private next = 1;

  /** `prefix` replaces the initial each id is asked with. */
  constructor(private readonly prefix?: string) {}

  newId(initial: string): string {
    return `${this.prefix ?? initial}${String(this.next++).padStart(4, '0')}`;
  }
}
