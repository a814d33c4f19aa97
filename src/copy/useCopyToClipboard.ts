'use client';
// Copying text: the async Clipboard API first, then the legacy path
// (`execCopy`), which is worth one try before the user is asked to copy by hand.
// Each outcome is the real one: a write the browser never answers times out
// into a failure, and the app's callbacks cannot break the button.
import { useEffect, useRef, useState } from 'react';
import { callSafely } from '../utils/call-safely.js';
import { execCopy } from './legacy-copy.js';

/** Where a copy stands: nothing yet (or reset), done, or failed. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Options of `useCopyToClipboard`. */
export interface UseCopyToClipboardOptions {
  /**
   * Milliseconds after which `state` returns to `'idle'`. Default 2000.
   * `Infinity`, `0` or a negative number keeps the outcome until the next copy.
   * A value above 2³¹−1 (about 24.8 days, the longest timer browsers keep) is
   * cut to it, since a timer given more fires at once. Anything that is not a
   * number (`NaN`, a string, `null`) is ignored: the default applies.
   */
  resetAfterMs?: number | undefined;
  /**
   * Called with the text once it is really on the clipboard. A throw or a
   * rejection is reported with `console.error` and changes nothing else.
   */
  onCopy?: ((text: string) => void) | undefined;
  /**
   * Called when every way of copying failed, or the browser did not answer
   * within 3 seconds; the text is then offered by hand. The error's `cause` is
   * the Clipboard API's refusal or the timeout. A throw or a rejection is
   * reported with `console.error`.
   */
  onCopyError?: ((error: Error) => void) | undefined;
}

/** What `useCopyToClipboard` returns. */
export interface CopyToClipboard {
  /** The outcome of the latest copy, for `data-state` and announcements. */
  state: CopyState;
  /**
   * After a failed copy, the text to offer for copying by hand and the number
   * of that copy (each failure has a new one, so focus moves to the text again);
   * `undefined` until a copy fails and again after one works.
   */
  manual: [text: string, copy: number] | undefined;
  /**
   * Copies `text`; resolves `true` only when it really reached the clipboard.
   * Never rejects. A copy still waiting for the browser when a newer copy
   * starts or the component unmounts resolves `false` and calls neither callback.
   */
  copy: (text: string) => Promise<boolean>;
}

/**
 * How long `navigator.clipboard.writeText` may stay unanswered (a permission
 * prompt left open, a WebView that never settles it) before the copy counts as
 * failed and the text is offered by hand. An answer after that changes nothing.
 */
export const CLIPBOARD_TIMEOUT_MS = 3000;

/** How long "Copied" or "Could not copy" stays when `resetAfterMs` is not given. */
const DEFAULT_RESET_MS = 2000;

/** The longest delay `setTimeout` keeps: 2³¹−1 ms. A longer one wraps and fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** `resetAfterMs` as a timer delay, or `undefined` for "keep the outcome" (see the option). */
function resetDelay(resetAfterMs: unknown): number | undefined {
  if (typeof resetAfterMs !== 'number' || Number.isNaN(resetAfterMs)) return DEFAULT_RESET_MS;
  if (resetAfterMs <= 0 || resetAfterMs === Number.POSITIVE_INFINITY) return undefined;
  return Math.min(resetAfterMs, MAX_TIMER_MS);
}

/** How a write through the async Clipboard API ended, when it did not throw. */
type Written = 'written' | 'timed out' | 'stopped';

/**
 * `navigator.clipboard.writeText(text)`, waited for at most
 * `CLIPBOARD_TIMEOUT_MS`. `stoppable` receives a function that ends the wait
 * at once (a newer copy, an unmount). Rejects with the browser's refusal, or
 * with the TypeError of a missing API. The timer is cleared however the wait
 * ends, and an answer after it ended is ignored.
 */
async function writeText(text: string, stoppable: (stop: () => void) => void): Promise<Written> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<Written>((resolve) => {
    timer = setTimeout(resolve, CLIPBOARD_TIMEOUT_MS, 'timed out');
    // Cleared here too, not only below: an unmount leaves no timer behind even for a moment.
    stoppable(() => {
      clearTimeout(timer);
      resolve('stopped');
    });
  });
  try {
    // Throws at once where there is no Clipboard API (insecure origins, old WebViews).
    const written = navigator.clipboard.writeText(text).then((): Written => 'written');
    return await Promise.race([written, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Copies text with the best mechanism the browser allows and reports the real
 * outcome, keeping the text of a failed copy to offer by hand. The timers are
 * cleared on a new copy and on unmount, and a result that arrives after unmount
 * or after a newer copy does not touch state.
 */
export function useCopyToClipboard({
  resetAfterMs,
  onCopy,
  onCopyError,
}: UseCopyToClipboardOptions = {}): CopyToClipboard {
  const [state, setState] = useState<CopyState>('idle');
  const [manual, setManual] = useState<CopyToClipboard['manual']>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Numbers the copies; unmounting moves it on too, so a result whose number is
  // no longer current (a newer copy started, or the component is gone) is dropped.
  const latest = useRef(0);
  // Ends the wait of the copy still waiting for the clipboard, if any: a newer
  // copy and unmounting call it, so at most one wait (and its timer) is pending.
  const stopWaiting = useRef<() => void>(undefined);
  useEffect(
    () => () => {
      latest.current++;
      clearTimeout(timer.current);
      stopWaiting.current?.();
    },
    [],
  );

  const copy = async (text: string): Promise<boolean> => {
    clearTimeout(timer.current);
    stopWaiting.current?.();
    const current = ++latest.current;
    // Back to idle first, so a repeated outcome changes the live region and is announced again.
    setState('idle');
    let error: Error | undefined;
    try {
      const written = await writeText(text, (stop) => {
        stopWaiting.current = stop;
      });
      if (written === 'stopped') return false;
      if (written === 'timed out') {
        error = new Error('Copy failed', {
          cause: new Error(`The clipboard did not answer within ${CLIPBOARD_TIMEOUT_MS} ms`),
        });
      }
    } catch (cause) {
      if (!execCopy(text)) error = new Error('Copy failed', { cause });
    }
    if (current === latest.current) {
      setState(error ? 'failed' : 'copied');
      setManual(error && [text, current]);
      const delay = resetDelay(resetAfterMs);
      if (delay !== undefined) timer.current = setTimeout(setState, delay, 'idle');
    }
    if (error) callSafely('onCopyError', onCopyError, error);
    else callSafely('onCopy', onCopy, text);
    return !error;
  };

  return { state, manual, copy };
}
