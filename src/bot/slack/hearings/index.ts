/**
 * What other capabilities may use of hearings in Slack: "Start høring" on a
 * meeting's agenda item opens the same "Ny høring" form, prefilled and linked.
 */
export { startHearingForm, type HearingFormRequest } from './start-hearing-form.ts';
