import { translatorFor } from '../messages.ts';
import { catalog as council } from '../council/index.ts';
import { catalog as shared } from '../shared/index.ts';
import { da } from './da.ts';
import { en } from './en.ts';

/** The texts of hearings, on every surface and the command line. */
export const catalog = { da, en };

export const t = translatorFor(shared, council, catalog);
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
