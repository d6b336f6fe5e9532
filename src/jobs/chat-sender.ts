// The sender contract lives in src/app so the chat surfaces can implement it
// without importing src/jobs; the outbox reads it from here.
export * from '../app/chat-sender.ts';
