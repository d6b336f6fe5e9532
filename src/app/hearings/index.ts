/**
 * What other capabilities may use of the hearings' use cases: afbud for one
 * hearing checks that the hearing exists.
 */
export { loadHearing } from './load-hearing.ts';
