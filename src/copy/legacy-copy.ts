'use client';
// The legacy copy path: a hidden textarea and `document.execCommand('copy')`.
// Browsers without the async Clipboard API (insecure origins, old WebViews) and
// pages whose clipboard permission is denied still allow it during a user
// gesture. Its return value only says the command ran: a page's own `copy`
// listener may have cancelled the copy or written other text, and execCommand
// still returns `true`. So the text is put on the copy event's own clipboard
// data here, and what the event carries at its very end is checked.

/** The one kind of data this path writes. */
const PLAIN_TEXT = 'text/plain';

/**
 * Whether the copy event, at the end of its journey, still carries exactly
 * `text` and nothing else, and is cancelled (the only way the browser writes an
 * event's clipboard data instead of the selection). A listener that ran after
 * ours and wrote other text, added rich text a paste would prefer, or cleared
 * the data makes this false.
 */
function carriesOnly(event: ClipboardEvent, text: string): boolean {
  const data = event.clipboardData;
  return (
    event.defaultPrevented &&
    data !== null &&
    data.getData(PLAIN_TEXT) === text &&
    // Our plain text is one of the types, so one type in all means no other.
    data.types.length === 1
  );
}

/**
 * Copies `text` with `document.execCommand('copy')` from a hidden textarea,
 * then puts focus back. `true` only when our own listeners saw the copy event
 * and it reached the clipboard with exactly `text`; `false` when the browser
 * refused (for example outside a user gesture) or threw, when no copy event
 * fired, when another script cancelled it before us (it took the copy over,
 * with its own data or none), and when a script after us changed what it
 * carries. A script that stops the event before our last listener also gives
 * `false`: without seeing the end we cannot say what was copied.
 *
 * The first listener is on `window` in the capture phase, the earliest point a
 * listener can sit on the event's path; only a page listener registered there
 * before this call runs earlier, and then we see its cancellation. The check
 * is on `window` in the bubble phase, the last point of the path, registered
 * after every page listener there. Both are removed before this returns.
 */
export function execCopy(text: string): boolean {
  let wrote = false;
  let verified = false;
  const write = (event: ClipboardEvent) => {
    if (event.defaultPrevented || !event.clipboardData) return;
    event.clipboardData.setData(PLAIN_TEXT, text);
    event.preventDefault();
    wrote = true;
  };
  const check = (event: ClipboardEvent) => {
    verified = wrote && carriesOnly(event, text);
  };

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
  window.addEventListener('copy', write, { capture: true, once: true });
  window.addEventListener('copy', check, { once: true });
  try {
    field.focus();
    // Selects on iOS Safari too, which ignores select() on read-only fields.
    field.setSelectionRange(0, text.length);
    return document.execCommand('copy') && verified;
  } catch {
    return false;
  } finally {
    window.removeEventListener('copy', write, { capture: true });
    window.removeEventListener('copy', check);
    field.remove();
    active?.focus();
  }
}
