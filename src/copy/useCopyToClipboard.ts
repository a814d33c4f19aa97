'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from './copy-text.js';

/** Where a copy stands: nothing yet (or reset), done, or failed. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Options of `useCopyToClipboard`. */
export interface UseCopyToClipboardOptions {
  /**
   * Milliseconds after which `state` returns to `'idle'`. Default 2000. A value
   * that is not a positive finite number keeps the outcome until the next copy.
   */
  resetAfterMs?: number;
  /** Called with the text once it is really on the clipboard. */
  onCopy?: (text: string) => void;
  /** Called with the reason when every way of copying failed. */
  onCopyError?: (error: Error) => void;
}

/** What `useCopyToClipboard` returns. */
export interface CopyToClipboard {
  /** The outcome of the latest copy, for `data-state` and announcements. */
  state: CopyState;
  /** Copies `text`; resolves `true` only when it really reached the clipboard. Rejects only when a callback throws. */
  copy: (text: string) => Promise<boolean>;
}

/** What the copy buttons use: `useCopyToClipboard`'s result plus the text to offer by hand. */
export interface CopyWithFallback extends CopyToClipboard {
  /**
   * After a failed copy, the text to offer for copying by hand and a count of
   * the failures in a row (so each one moves focus to it again); `undefined`
   * until a copy fails and again after one works.
   */
  manual: { text: string; attempt: number } | undefined;
}

/** The default delay before `state` returns to idle: long enough to read "Copied". */
export const DEFAULT_RESET_AFTER_MS = 2000;

/**
 * Copies text with the best mechanism the browser allows and reports the real
 * outcome. The reset timer is cleared on a new copy and on unmount, and a
 * result that arrives after unmount or after a newer copy does not touch state.
 */
export function useCopyToClipboard(options?: UseCopyToClipboardOptions): CopyToClipboard {
  return useCopyWithFallback(options);
}

/**
 * `useCopyToClipboard` for the copy buttons: the same copy, which also keeps
 * the text of a failed copy so `CopyOutcome` can offer it by hand.
 */
export function useCopyWithFallback(options: UseCopyToClipboardOptions = {}): CopyWithFallback {
  const { resetAfterMs = DEFAULT_RESET_AFTER_MS } = options;
  const [state, setState] = useState<CopyState>('idle');
  const [manual, setManual] = useState<CopyWithFallback['manual']>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Numbers the copies; unmounting moves it on too, so a result whose number is
  // no longer current (a newer copy started, or the component is gone) is dropped.
  const attempt = useRef(0);
  // The latest callbacks, so `copy` stays stable while a parent re-renders.
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });

  useEffect(
    () => () => {
      attempt.current += 1;
      clearTimeout(timer.current);
    },
    [],
  );

  const copy = useCallback(
    async (text: string): Promise<boolean> => {
      clearTimeout(timer.current);
      const thisAttempt = ++attempt.current;
      // Back to idle first, so a repeated outcome changes the live region and is announced again.
      setState('idle');
      const value = String(text);
      let failure: Error | undefined;
      try {
        await copyText(value);
      } catch (error) {
        // copyText rejects with nothing but a CopyToClipboardError.
        failure = error as Error;
      }
      if (thisAttempt === attempt.current) {
        setState(failure ? 'failed' : 'copied');
        if (Number.isFinite(resetAfterMs) && resetAfterMs > 0) {
          timer.current = setTimeout(() => setState('idle'), resetAfterMs);
        }
      }
      // Callbacks last, outside the try: an app's throwing onCopy must not turn a copy into a failure.
      if (failure) callbacks.current.onCopyError?.(failure);
      else callbacks.current.onCopy?.(value);
      setManual((previous) => (failure ? { text: value, attempt: (previous?.attempt ?? 0) + 1 } : undefined));
      return !failure;
    },
    [resetAfterMs],
  );

  return { state, manual, copy };
}
