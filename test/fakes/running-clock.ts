import type { Clock } from '../../src/app/ports.ts';

/**
 * A clock that starts at a fixed instant and then runs with real elapsed
 * time, for tests where something outside the app keeps real time (BullMQ
 * fires delayed jobs on the real clock, waits time out in real seconds): the
 * date the app sees is pinned, the spans between its readings are real, so a
 * delay reckoned as deadline − now still fires when the app's clock says so.
 */
export class RunningClock implements Clock {
  private start = 0;
  private startedAt = 0;
  private running = true;

  constructor(start: Date | string) {
    this.set(start);
  }

  now(): Date {
    const elapsed = this.running ? Math.round(performance.now() - this.startedAt) : 0;
    return new Date(this.start + elapsed);
  }

  /** Runs on from another instant. */
  set(instant: Date | string): void {
    this.start = new Date(instant).getTime();
    this.startedAt = performance.now();
    this.running = true;
  }

  /** Stands still from here on, for a test that checks exact spans. */
  stop(): Date {
    this.start = this.now().getTime();
    this.running = false;
    return this.now();
  }
}
