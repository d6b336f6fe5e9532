/**
 * What other capabilities may use of hearings in Slack: "Start høring" on a
 * meeting's agenda item opens the same "Ny høring" form, prefilled and linked.
 */
export { startHearingForm, type HearingFormRequest } from './start-hearing-form.ts';
/** A member's App Home, published again after a click elsewhere (a meeting's afbud, an approval). */
export { publishHome } from './publish-home.ts';
