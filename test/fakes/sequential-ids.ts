import type { IdSource } from '../../src/app/ports.ts';

/** Predictable hearing ids for tests: h0001, h0002, ... (no ':', safe in keys). */
export class SequentialIds implements IdSource {
  private next = 1;

  constructor(private readonly prefix = 'h') {}

  newHearingId(): string {
    return `${this.prefix}${String(this.next++).padStart(4, '0')}`;
  }
}
