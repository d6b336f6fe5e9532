import { translatorFor } from '../messages.ts';
import { catalog as council } from '../council/index.ts';
import { catalog as shared } from '../shared/index.ts';
import { da } from './da.ts';
import { en } from './en.ts';

/** The texts of group discussions, on every surface. */
export const catalog = { da, en };

export const t = translatorFor(shared, council, catalog);
export type MessageKey = Parameters<typeof t>[1];

export { describeFailure, formatDate, hasText } from '../messages.ts';
