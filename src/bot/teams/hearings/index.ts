/**
 * What other capabilities in Teams may use of hearings: the hearing form,
 * which a meeting's agenda item opens prefilled ("Start høring").
 */
export { openHearingForm, type OpenHearingFormValues } from './open-hearing-form.ts';
