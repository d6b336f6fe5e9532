import type { Capability } from './capability.ts';
import { council } from './council.ts';
import { hearings } from './hearings.ts';

/**
 * Every capability of the product. The council comes first: every other
 * capability builds on its roster, seats and afbud.
 */
export const capabilities: readonly Capability[] = [council, hearings];

export type { Capability } from './capability.ts';
