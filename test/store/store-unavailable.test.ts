import { describe, expect, it } from 'vitest';
import { StoreUnavailableError, WriteOutcomeUnknownError } from '../../src/app/ports.ts';
import { storeCall, storeWrite } from '../../src/store/store-unavailable.ts';

const replyError = (message: string) => Object.assign(new Error(message), { name: 'ReplyError' });

describe('storeCall', () => {
  it.each([
    new Error('Connection is closed.'),
    new Error("Stream isn't writeable and enableOfflineQueue options is false"),
    new Error('Command timed out'),
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }),
    replyError('LOADING Redis is loading the dataset in memory'),
    replyError("READONLY You can't write against a read only replica."),
  ])('turns "$message" into StoreUnavailableError', async (error) => {
    await expect(storeCall(() => Promise.reject(error))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });

  it.each([
    replyError('WRONGTYPE Operation against a key holding the wrong kind of value'),
    new SyntaxError('Unexpected token'),
  ])('leaves "$message" as it is: retrying would not help', async (error) => {
    await expect(storeCall(() => Promise.reject(error))).rejects.toBe(error);
  });
});

describe('storeWrite', () => {
  it.each([
    new Error('Command timed out'),
    new Error('Connection is closed.'),
    Object.assign(new Error('Reached the max retries per request limit (which is 1).'), {
      name: 'MaxRetriesPerRequestError',
    }),
  ])(
    'calls the outcome of a write that met "$message" unknown: it may have been sent',
    async (error) => {
      await expect(storeWrite(() => Promise.reject(error))).rejects.toBeInstanceOf(
        WriteOutcomeUnknownError,
      );
    },
  );

  it('calls a write Redis refused with LOADING certainly not stored', async () => {
    const refused = storeWrite(() =>
      Promise.reject(replyError('LOADING Redis is loading the dataset in memory')),
    );
    await expect(refused).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(refused).rejects.not.toBeInstanceOf(WriteOutcomeUnknownError);
  });

  it('leaves a script error as it is', async () => {
    const error = replyError('WRONGTYPE Operation against a key holding the wrong kind of value');
    await expect(storeWrite(() => Promise.reject(error))).rejects.toBe(error);
  });
});
