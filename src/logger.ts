import pino, { type Logger } from 'pino';
import { queryScopeStorage } from './db/query-observer.js';

export type { Logger } from 'pino';

const SECRET_KEYS = [
  'authorization',
  'cookie',
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'taxId',
];

/** Secret keys at the top level and up to three levels down, plus request headers and driver error details. */
const REDACT = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.*.${key}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  // PostgreSQL puts row values in `detail` (e.g. "Key (tax_id)=(…) already exists").
  'err.detail',
  'err.cause.detail',
];

export interface LoggerOptions {
  /** Where JSON lines go; default stdout. Tests pass a stream and parse the lines. */
  destination?: pino.DestinationStream;
  /** Human-readable output; default: only when stdout is a terminal. */
  pretty?: boolean;
}

/**
 * JSON lines (pino). Every line written while a request is handled carries
 * that request's id, taken from the request scope.
 */
export function createLogger(level: string, destinationOrOptions?: pino.DestinationStream | LoggerOptions): Logger {
  const options: LoggerOptions =
    destinationOrOptions && 'write' in destinationOrOptions
      ? { destination: destinationOrOptions }
      : (destinationOrOptions ?? {});
  const pinoOptions: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const requestId = queryScopeStorage.getStore()?.requestId;
      return requestId ? { requestId } : {};
    },
  };
  if (options.destination) return pino(pinoOptions, options.destination);
  if (options.pretty ?? process.stdout.isTTY === true) {
    return pino({ ...pinoOptions, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  return pino(pinoOptions);
}
