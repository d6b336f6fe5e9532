// Structured JSON logs on stdout (one object per line) for the log shipper to
// parse; humans can pipe them through any JSON viewer. No pretty-printer in
// the process: it costs CPU on every line and hides fields.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

/** Field paths whose values are replaced by "[redacted]" in every log line. */
const SECRET_PATHS = [
  'token',
  'botToken',
  'appToken',
  'clientSecret',
  'signingSecret',
  'stateSecret',
  'password',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.clientSecret',
  '*.signingSecret',
  '*.stateSecret',
  '*.password',
  'req.headers.authorization',
];

/** `destination` is for tests that read the lines back; default is stdout. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    name: 'raadsbot', // pino keeps pid and hostname too: several processes share the logs
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: SECRET_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
