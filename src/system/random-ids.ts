import { randomBytes } from 'node:crypto';
import type { IdSource } from '../app/ports.ts';

// No 0/o, 1/l/i: ids are read aloud and typed from the CLI ("høring h7k2pq").
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

export function randomId(length: number): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}

/** Short ids, safe in Redis keys and BullMQ job ids: "h7k2pqxz" for a hearing. */
export const randomIds: IdSource = { newId: (initial) => `${initial}${randomId(7)}` };
