'use client';
// Copying text: the async Clipboard API first, then the legacy path, a hidden
// textarea and `document.execCommand('copy')`. Browsers without the async API
// (insecure origins, old WebViews) and pages whose clipboard permission is
// denied still allow the legacy path during a user gesture, so it is worth one
// try before the user is asked to copy by hand.
import { useEffect, useRef, useState } from 'react';

/** Where a copy stands: nothing yet (or reset), done, or failed. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Options of `useCopyToClipboard`. */
export interface UseCopyToClipboardOptions {
  /**
   * Milliseconds after which `state` returns to `'idle'`. Default 2000. A value
   * that is not a positive finite number keeps the outcome until the next copy.
   */
  resetAfterMs?: number | undefined;
  /** Called with the text once it is really on the clipboard. */
  onCopy?: ((text: string) => void) | undefined;
  /** Called when every way of copying failed; the error's `cause` is the Clipboard API's refusal. */
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
  /** Copies `text`; resolves `true` only when it really reached the clipboard. Rejects only when a callback throws. */
  copy: (text: string) => Promise<boolean>;
}

/**
 * Copies with `document.execCommand('copy')` from a hidden textarea, then puts
 * focus back. Returns the command's own verdict:
 * `false` when the browser refused (for example outside a user gesture) or threw.
 */
function execCopy(text: string): boolean {
  const active = document.activeElement as HTMLElement | null;
  const field = document.createElement('textarea');
  // Read-only keeps touch keyboards closed. No aria-hidden: it lives only within
  // this synchronous call, so assistive technology never meets it.
  field.value = text;
  field.readOnly = true;
  // Fixed at the top so focusing it never scrolls the page. Never painted: it is
  // gone again before this call returns.
  field.style.cssText = 'position:fixed;top:0';
  // A modal keeps focus inside itself: a textarea outside it would lose focus before the copy.
  (active?.closest('dialog,[role$=dialog],[aria-modal]') ?? document.body).append(field);
  try {
    field.focus();
    // Selects on iOS Safari too, which ignores select() on read-only fields.
    field.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    active?.focus();
  }
}

/**
 * Copies text with the best mechanism the browser allows and reports the real
 * outcome, keeping the text of a failed copy to offer by hand. The reset timer
 * is cleared on a new copy and on unmount, and a result that arrives after
 * unmount or after a newer copy does not touch state.
 */
export function useCopyToClipboard({
  resetAfterMs = 2000,
  onCopy,
  onCopyError,
}: UseCopyToClipboardOptions = {}): CopyToClipboard {
  const [state, setState] = useState<CopyState>('idle');
  const [manual, setManual] = useState<CopyToClipboard['manual']>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Numbers the copies; unmounting moves it on too, so a result whose number is
  // no longer current (a newer copy started, or the component is gone) is dropped.
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current++;
      clearTimeout(timer.current);
    },
    [],
  );

  const copy = async (text: string): Promise<boolean> => {
    clearTimeout(timer.current);
    const current = ++latest.current;
    // Back to idle first, so a repeated outcome changes the live region and is announced again.
    setState('idle');
    let error: Error | undefined;
    try {
      // Throws at once where there is no Clipboard API (insecure origins, old WebViews).
      await navigator.clipboard.writeText(text);
    } catch (cause) {
      if (!execCopy(text)) error = new Error('Copy failed', { cause });
    }
    if (current === latest.current) {
      setState(error ? 'failed' : 'copied');
      setManual(error && [text, current]);
      if (resetAfterMs > 0 && resetAfterMs < 1 / 0) timer.current = setTimeout(setState, resetAfterMs, 'idle');
    }
    // Callbacks last, outside the try: an app's throwing onCopy must not turn a copy into a failure.
    if (error) onCopyError?.(error);
    else onCopy?.(text);
    return !error;
  };

  return { state, manual, copy };
}
