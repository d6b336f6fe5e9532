/**
 * What other capabilities may use of the hearings' use cases: afbud for one
 * hearing checks that the hearing exists; a closed hearing on an agenda item
 * prefills the item's Beslutning.
 */
export { loadHearing } from './load-hearing.ts';
export { closedHearingsOnItem, type ClosedItemHearing } from './hearings-of-meeting.ts';
/** A group discussion's opsamling is sent "i høring til kommentering og supplering". */
export { openHearing, type OpenHearingInput } from './open-hearing.ts';
