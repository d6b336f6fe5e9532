/**
 * What other capabilities may use of meetings in Teams: a D item's "Start
 * gruppedrøftelse" verb is drawn here and answered by the discussions; and
 * the text functions for a card's length, links and size.
 */
export { meetingVerbNames } from './meeting-verb-names.ts';
export { cardBytes, clipText, markdownLink } from './card-text.ts';
