import { translatorFor } from '../messages.ts';
import { catalog as shared } from '../shared/index.ts';
import { da } from './da.ts';
import { en } from './en.ts';

/** The council's texts: roster, seats, afbud, workspace binding. Every capability builds on them. */
export const catalog = { da, en };

export const t = translatorFor(shared, catalog);
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
} from '../messages.ts';
