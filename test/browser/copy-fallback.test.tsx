// CopyRequestIdButton's execCommand fallback in real Chromium, with the page's
// own `copy` listeners in its way. The async Clipboard API is taken away (as on
// an insecure origin), so every click copies through execCommand('copy'), which
// returns true whatever a page listener did; the real clipboard is read back
// through the Clipboard object kept from before, so "Copied" is checked
// against what the clipboard really holds.
import '../../src/styles/tokens.css';
import '../../src/styles/copy.css';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { CopyRequestIdButton } from '../../src/copy/CopyRequestIdButton.js';
import { setClipboardPermission } from './copy-fix-steps-helpers.js';

const realClipboard = navigator.clipboard;
const STALE = 'what the user had copied before';
const ID = 'req_fallback_7f3a';

/** A page's copy listener: where it listens (`window` in the capture phase runs before ours) and what it does. */
interface PageListener {
  target: Window | Document;
  capture: boolean;
  listener: (event: ClipboardEvent) => void;
}

const added: PageListener[] = [];

function addPageListener(page: PageListener): void {
  page.target.addEventListener('copy', page.listener as EventListener, page.capture);
  added.push(page);
}

beforeEach(async () => {
  await setClipboardPermission('clipboard-read', 'granted');
  await setClipboardPermission('clipboard-write', 'granted');
  // Writing needs a focused document, and the test frame is not focused until something focuses it.
  window.focus();
  await realClipboard.writeText(STALE);
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

afterEach(() => {
  for (const page of added.splice(0)) {
    page.target.removeEventListener('copy', page.listener as EventListener, page.capture);
  }
  Object.defineProperty(navigator, 'clipboard', { value: realClipboard, configurable: true });
});

/** Whether the real clipboard holds `text` as plain text and nothing else, as a paste anywhere would give it. */
async function clipboardHoldsOnly(text: string): Promise<boolean> {
  const items = await realClipboard.read();
  const [item] = items;
  if (items.length !== 1 || !item || item.types.join() !== 'text/plain') return false;
  return (await (await item.getType('text/plain')).text()) === text;
}

/** Renders the button with spied callbacks and clicks it as the user would. */
async function clickCopy() {
  const onCopy = vi.fn();
  const onCopyError = vi.fn();
  const screen = await render(
    <CopyRequestIdButton
      requestId={ID}
      onCopy={onCopy}
      onCopyError={onCopyError}
      resetAfterMs={Number.POSITIVE_INFINITY}
    />,
  );
  const button = screen.getByRole('button', { name: 'Copy request ID' });
  await userEvent.click(button);
  return { screen, button, onCopy, onCopyError };
}

describe('the execCommand fallback with a page copy listener in the way', () => {
  it.each<[string, PageListener]>([
    [
      'cancels every copy, before our listener runs',
      { target: window, capture: true, listener: (event) => event.preventDefault() },
    ],
    [
      'writes its own text, before our listener runs',
      {
        target: window,
        capture: true,
        listener: (event) => {
          event.clipboardData?.setData('text/plain', 'Copied from example.com');
          event.preventDefault();
        },
      },
    ],
    [
      'writes its own text over ours, after our listener ran',
      {
        target: document,
        capture: false,
        listener: (event) => {
          event.clipboardData?.setData('text/plain', `${ID} (read more at example.com)`);
          event.preventDefault();
        },
      },
    ],
    [
      'adds rich text of its own, which a paste into an editor would take',
      {
        target: document,
        capture: false,
        listener: (event) => {
          event.clipboardData?.setData('text/html', '<p>Something else</p>');
          event.preventDefault();
        },
      },
    ],
  ])('never says Copied when the page %s: it offers the id by hand', async (_name, page) => {
    addPageListener(page);
    const { screen, button, onCopy, onCopyError } = await clickCopy();

    const field = screen.getByRole('textbox', { name: 'Text to copy' });
    await expect.element(field).toHaveFocus();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
    await expect.element(button).toHaveAttribute('data-state', 'failed');
    const textarea = field.element() as HTMLTextAreaElement;
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe(ID);
    expect(document.body.textContent).not.toContain('Copied');
    expect(onCopy).not.toHaveBeenCalled();
    expect(onCopyError).toHaveBeenCalledTimes(1);
    // What saying "Copied" would have hidden: a paste does not give the id, or not only the id.
    expect(await clipboardHoldsOnly(ID)).toBe(false);
  });

  it('copies the id when a page listener only cancels the copy after ours ran', async () => {
    addPageListener({ target: document, capture: false, listener: (event) => event.preventDefault() });
    const { screen, button, onCopy } = await clickCopy();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    await expect.element(button).toHaveAttribute('data-state', 'copied');
    expect(await clipboardHoldsOnly(ID)).toBe(true);
    expect(onCopy).toHaveBeenCalledWith(ID);
  });
});

describe('the execCommand fallback with no page copy listener', () => {
  it('copies the id, says Copied, and leaves no listener behind to change the next copy', async () => {
    const { screen, button, onCopy, onCopyError } = await clickCopy();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    await expect.element(button).toHaveFocus();
    expect(await clipboardHoldsOnly(ID)).toBe(true);
    expect(onCopy).toHaveBeenCalledWith(ID);
    expect(onCopyError).not.toHaveBeenCalled();
    expect(screen.container.querySelector('textarea')).toBeNull();

    // The user's own copy afterwards copies what they selected, not our id.
    const note = document.createElement('p');
    note.textContent = 'a note the user selects';
    document.body.append(note);
    try {
      getSelection()?.selectAllChildren(note);
      await userEvent.keyboard('{Control>}c{/Control}');
      await expect.poll(() => realClipboard.readText()).toBe('a note the user selects');
    } finally {
      note.remove();
    }
  });
});
