/**
 * What other capabilities may use of the hearings' domain: the hearing as a
 * thing to name and choose (afbud for one hearing lists them by title).
 */
export type { Hearing } from './hearing.ts';
