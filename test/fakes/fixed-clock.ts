import type { Clock } from '../../src/app/ports.ts';

export interface Step {
  readonly ms?: number;
  readonly seconds?: number;
  readonly minutes?: number;
  readonly hours?: number;
  readonly days?: number;
}

const msOf = (step: Step | number): number =>
  typeof step === 'number'
    ? step
    : (step.ms ?? 0) +
      (step.seconds ?? 0) * 1_000 +
      (step.minutes ?? 0) * 60_000 +
      (step.hours ?? 0) * 3_600_000 +
      (step.days ?? 0) * 86_400_000;

/**
 * A clock that stands still until a test moves it. Days here are 24 h of real
 * time, not calendar days: for "same wall-clock time tomorrow" across a DST
 * change, set() the instant you mean.
 */
export class FixedClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2026-03-02T09:00:00.000Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  /** Moves forward by a number of milliseconds or by a step. */
  advance(step: Step | number): Date {
    this.current += msOf(step);
    return this.now();
  }
}
