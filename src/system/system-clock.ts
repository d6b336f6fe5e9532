import type { Clock } from '../app/ports.ts';

/** The real clock; everything else takes a Clock so tests can set the time. */
export const systemClock: Clock = { now: () => new Date() };
