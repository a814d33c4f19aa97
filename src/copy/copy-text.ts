// Copying text: the async Clipboard API first, then the legacy path, a hidden
// textarea and `document.execCommand('copy')`. Browsers without the async API
// (insecure origins, old WebViews) and pages whose clipboard permission is
// denied still allow the legacy path during a user gesture, so it is worth one
// try before the user is asked to copy by hand.

/** Modal containers keep focus inside themselves; a textarea outside one would lose focus before the copy. */
const FOCUS_TRAP_SELECTOR = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** Where focus and the document selection were, so the copy leaves no trace of itself. */
interface SavedFocus {
  element: HTMLElement | null;
  ranges: Range[];
}

function saveFocus(): SavedFocus {
  const active = document.activeElement;
  const selection = document.getSelection();
  const ranges: Range[] = [];
  if (selection) {
    for (let i = 0; i < selection.rangeCount; i += 1) ranges.push(selection.getRangeAt(i).cloneRange());
  }
  return { element: active instanceof HTMLElement ? active : null, ranges };
}

function restoreFocus(saved: SavedFocus): void {
  // Focus first: focusing an element can itself move the selection.
  saved.element?.focus({ preventScroll: true });
  const selection = document.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  for (const range of saved.ranges) selection.addRange(range);
}

function hiddenTextarea(text: string): HTMLTextAreaElement {
  const textarea = document.createElement('textarea');
  textarea.value = text;
  // Read-only keeps touch keyboards closed; hidden from assistive technology
  // because it exists for a few milliseconds and is never meant to be read.
  textarea.readOnly = true;
  textarea.tabIndex = -1;
  textarea.setAttribute('aria-hidden', 'true');
  const style = textarea.style;
  style.position = 'fixed';
  style.insetBlockStart = '0';
  style.insetInlineStart = '0';
  style.width = '1px';
  style.height = '1px';
  style.padding = '0';
  style.border = '0';
  style.opacity = '0';
  style.pointerEvents = 'none';
  return textarea;
}

/**
 * Copies `text` with `document.execCommand('copy')`, restoring focus and the
 * selection afterwards. Returns the command's own verdict: `false` when the
 * browser refused (for example outside a user gesture) or threw.
 */
export function copyWithExecCommand(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function' || !document.body) return false;
  const saved = saveFocus();
  const container = saved.element?.closest(FOCUS_TRAP_SELECTOR) ?? document.body;
  const textarea = hiddenTextarea(text);
  container.append(textarea);
  let copied = false;
  try {
    textarea.focus({ preventScroll: true });
    textarea.select();
    // iOS Safari ignores select() on read-only fields without an explicit range.
    textarea.setSelectionRange(0, text.length);
    copied = document.execCommand('copy') === true;
  } catch {
    copied = false;
  } finally {
    textarea.remove();
    restoreFocus(saved);
  }
  return copied;
}

/** Which mechanism put the text on the clipboard. */
export type CopyMethod = 'clipboard' | 'execCommand';

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

function asyncClipboard(): Clipboard | undefined {
  if (typeof navigator === 'undefined') return undefined;
  const clipboard = navigator.clipboard as Clipboard | undefined;
  return clipboard && typeof clipboard.writeText === 'function' ? clipboard : undefined;
}

/**
 * Puts `text` on the clipboard: the async Clipboard API where there is one,
 * else (or when it rejects, e.g. permission denied) the execCommand fallback.
 * Resolves with the method that worked; rejects with `CopyToClipboardError`
 * when neither did, so a caller can never mistake a failure for a copy.
 */
export async function copyText(text: string): Promise<CopyMethod> {
  let cause: unknown;
  const clipboard = asyncClipboard();
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return 'clipboard';
    } catch (error) {
      cause = error;
    }
  }
  if (copyWithExecCommand(text)) return 'execCommand';
  throw new CopyToClipboardError(cause);
}
