import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/app/ports.ts';
import { storeCall } from '../../src/store/store-unavailable.ts';

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
