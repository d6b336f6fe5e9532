import type { ChainableCommander } from 'ioredis';

/** Runs a MULTI or pipeline and returns its replies, throwing the first command error. */
export async function execAll(batch: ChainableCommander): Promise<unknown[]> {
  const replies = await batch.exec();
  if (replies === null) throw new Error('Redis transaction was aborted');
  return replies.map(([error, reply]) => {
    if (error) throw error;
    return reply;
  });
}
