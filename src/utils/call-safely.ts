// Callbacks an app hands the components (onError, onCopy, onRetry, ...) are
// the app's code, not ours: an error tracker that is down or a typo in a
// handler must never unmount the page or leave an unhandled rejection. Every
// component calls them through `callSafely`.

/** A value with a `then` method: what an `async` callback returns. */
const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as PromiseLike<unknown>).then === 'function';

/** Says once, on the console, which callback failed and why; the UI goes on working. */
function report(name: string, error: unknown): void {
  console.error(`conductor-error-ui: the app's ${name} callback failed; the component keeps working.`, error);
}

/**
 * Calls an app's callback with `args` and never lets it throw: a synchronous
 * throw and a rejected promise (an `async` handler) are each reported once
 * with `console.error`, naming the callback (`name`, e.g. `'onCopy'`). Does
 * nothing when `callback` is not a function, so a careless `onRetry="yes"`
 * from plain JavaScript is ignored too.
 */
export function callSafely<Args extends unknown[]>(
  name: string,
  callback: ((...args: Args) => unknown) | null | undefined,
  ...args: Args
): void {
  if (typeof callback !== 'function') return;
  try {
    const result = callback(...args);
    // Reading `then` of a hostile object can throw too: inside this `try`.
    if (isThenable(result)) result.then(undefined, (error: unknown) => report(name, error));
  } catch (error) {
    report(name, error);
  }
}

/**
 * The first of `candidates` that is a function, e.g. a component's own
 * `onRetry`, else the provider's: a careless `onRetry="yes"` neither hides
 * the provider's nor shows a button that does nothing.
 */
export const firstCallback = <Callback>(...candidates: (Callback | undefined)[]): Callback | undefined =>
  candidates.find((candidate) => typeof candidate === 'function');
