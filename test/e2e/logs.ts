// A logger for the example server that keeps what it was told, so the test can
// check the level and content of each log line instead of printing them.
import { inspect } from 'node:util';
import type { ErrorLogger } from '../../examples/express-react/server/error-handler.js';

/** One log call. */
export interface LogEntry {
  /** Which method was called. */
  level: 'warn' | 'error';
  /** The arguments as `console` would print them, errors with all their fields. */
  text: string;
}

/** An `ErrorLogger` that records instead of printing. */
export interface CapturedLogger extends ErrorLogger {
  /** Every call so far, oldest first. */
  entries: LogEntry[];
}

function render(args: unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 6 }))).join(' ');
}

/** A fresh recording logger. */
export function captureLogs(): CapturedLogger {
  const entries: LogEntry[] = [];
  return {
    entries,
    warn: (...args) => entries.push({ level: 'warn', text: render(args) }),
    error: (...args) => entries.push({ level: 'error', text: render(args) }),
  };
}
