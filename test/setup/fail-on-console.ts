// React reports act(), key and hydration problems through console.error (and
// some through console.warn). Any such message fails the test that caused it,
// so warnings cannot pile up unseen. A test that expects one spies on the
// console itself and calls `expectConsole()` to take it off the list.
import { afterEach, beforeEach } from 'vitest';

const seen: string[] = [];
const originals = { error: console.error, warn: console.warn };

beforeEach(() => {
  seen.length = 0;
  for (const level of ['error', 'warn'] as const) {
    console[level] = (...args: unknown[]) => {
      seen.push(`console.${level}: ${args.map(String).join(' ')}`);
      originals[level](...args);
    };
  }
});

afterEach(() => {
  console.error = originals.error;
  console.warn = originals.warn;
  const messages = seen.splice(0);
  if (messages.length > 0) throw new Error(`Unexpected console output:\n${messages.join('\n')}`);
});

/** Takes the console messages seen so far off the list, for tests that provoke them on purpose. */
export function expectConsole(): string[] {
  return seen.splice(0);
}
