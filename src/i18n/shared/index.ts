import { translatorFor } from '../messages.ts';
import { da } from './da.ts';
import { en } from './en.ts';

/** What every capability says; every capability's catalog builds on it. */
export const catalog = { da, en };

export const t = translatorFor(catalog);
export type MessageKey = Parameters<typeof t>[1];

export {
  describeFailure,
  describeProblem,
  fieldLabel,
  formatDate,
  formatDeadline,
  formatLocalStamp,
  formatMoment,
  formatTimeOfDay,
  hasText,
  textFor,
  type TextKey,
} from '../messages.ts';
