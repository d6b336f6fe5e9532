import { fail, type Failure } from '../domain/errors.ts';
import { StoreUnavailableError, WriteOutcomeUnknownError } from './ports.ts';

/**
 * A use case as the surfaces call it: a store outage becomes the
 * `store_unavailable` failure ("try again shortly") instead of an exception;
 * a write sent but never answered becomes `outcome_unknown` (the caller reads
 * to find out).
 */
export const answeringStoreFailures =
  <I, O>(run: (input: I) => Promise<O>) =>
  async (input: I): Promise<O | Failure> => {
    try {
      return await run(input);
    } catch (error) {
      if (error instanceof WriteOutcomeUnknownError) return fail('outcome_unknown');
      if (error instanceof StoreUnavailableError) return fail('store_unavailable');
      throw error;
    }
  };
