// Copying text: the async Clipboard API first, then the legacy path, a hidden
// textarea and `document.execCommand('copy')`. Browsers without the async API
// (insecure origins, old WebViews) and pages whose clipboard permission is
// denied still allow the legacy path during a user gesture, so it is worth one
// try before the user is asked to copy by hand.

/** Modal containers keep focus inside themselves; a textarea outside one would lose focus before the copy. */
const FOCUS_TRAP_SELECTOR = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * Off screen in all but name: fixed at the start corner so adding it never
 * scrolls the page, 1px and transparent so it never shows, and unclickable.
 */
const HIDDEN_TEXTAREA_STYLE =
  'position:fixed;inset-block-start:0;inset-inline-start:0;width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none';

/**
 * Copies `text` with `document.execCommand('copy')`, restoring focus and the
 * selection afterwards. Returns the command's own verdict: `false` when the
 * browser refused (for example outside a user gesture) or threw.
 */
export function copyWithExecCommand(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function' || !document.body) return false;
  // Where focus and the selection were, so the copy leaves no trace of itself.
  // The ranges are cloned: the selection's own ones change as the textarea is selected.
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const selection = document.getSelection();
  const ranges: Range[] = [];
  for (let i = 0; selection && i < selection.rangeCount; i += 1) ranges.push(selection.getRangeAt(i).cloneRange());

  const textarea = document.createElement('textarea');
  // Read-only keeps touch keyboards closed; hidden from assistive technology
  // because it exists for a few milliseconds and is never meant to be read.
  Object.assign(textarea, { value: text, readOnly: true, tabIndex: -1 });
  textarea.setAttribute('aria-hidden', 'true');
  textarea.style.cssText = HIDDEN_TEXTAREA_STYLE;
  (active?.closest(FOCUS_TRAP_SELECTOR) ?? document.body).append(textarea);
  try {
    textarea.focus({ preventScroll: true });
    textarea.select();
    // iOS Safari ignores select() on read-only fields without an explicit range.
    textarea.setSelectionRange(0, text.length);
    return document.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    textarea.remove();
    // Focus first: focusing an element can itself move the selection.
    active?.focus({ preventScroll: true });
    selection?.removeAllRanges();
    for (const range of ranges) selection?.addRange(range);
  }
}

/**
 * Thrown (as a rejection) when no mechanism could copy. `cause` holds the
 * Clipboard API's own error when there was one, for logging.
 */
export class CopyToClipboardError extends Error {
  constructor(cause: unknown) {
    super('Could not copy to the clipboard: the Clipboard API and execCommand("copy") both failed.', { cause });
    this.name = 'CopyToClipboardError';
  }
}

/**
 * Puts `text` on the clipboard: the async Clipboard API where there is one,
 * else (or when it rejects, e.g. permission denied) the execCommand fallback.
 * Rejects with `CopyToClipboardError` when neither worked, so a caller can
 * never mistake a failure for a copy.
 */
export async function copyText(text: string): Promise<void> {
  let cause: unknown;
  // Missing on insecure origins and in old WebViews, and on the server.
  const clipboard = typeof navigator === 'undefined' ? undefined : (navigator.clipboard as Clipboard | undefined);
  if (typeof clipboard?.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return;
    } catch (error) {
      cause = error;
    }
  }
  if (!copyWithExecCommand(text)) throw new CopyToClipboardError(cause);
}
