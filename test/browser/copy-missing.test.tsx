// CopyRequestIdButton in real Chromium when nothing can copy: no async
// Clipboard API (as on an insecure origin) and execCommand refusing, as
// Chromium does outside a user gesture. The copy here is started by script,
// never by a user gesture, so these tests live in their own file (their own
// frame, with no user activation left over from other tests).
import '../../src/styles/tokens.css';
import '../../src/styles/copy.css';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { CopyRequestIdButton } from '../../src/copy/CopyRequestIdButton.js';
import { axeViolations, Page, setClipboardPermission } from './copy-fix-steps-helpers.js';

const realClipboard = navigator.clipboard;

/** Takes the async Clipboard API away, as browsers do on insecure origins. */
function removeClipboardApi(): void {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
}

function restoreClipboardApi(): void {
  Object.defineProperty(navigator, 'clipboard', { value: realClipboard, configurable: true });
}

/** Clicks without a user gesture, as a copy started from a timer or a promise would be. */
function clickFromScript(button: Element): void {
  (button as HTMLButtonElement).click();
}

beforeEach(removeClipboardApi);
afterEach(restoreClipboardApi);

describe('with no Clipboard API and execCommand refusing', () => {
  it('really refuses: execCommand("copy") returns false outside a user gesture', () => {
    expect(navigator.userActivation.isActive).toBe(false);
    expect(document.execCommand('copy')).toBe(false);
  });

  it('never says Copied: it shows the id selected in a focused, labelled, read-only field with the hint', async () => {
    const onCopy = vi.fn();
    const onCopyError = vi.fn();
    const screen = await render(
      <CopyRequestIdButton requestId="req_missing" onCopy={onCopy} onCopyError={onCopyError} />,
    );
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    clickFromScript(button.element());

    const field = screen.getByRole('textbox', { name: 'Text to copy' });
    await expect.element(field).toHaveFocus();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
    await expect.element(button).toHaveAttribute('data-state', 'failed');
    await expect.element(field).toHaveAttribute('readonly');
    await expect.element(field).toHaveAccessibleDescription('Press Ctrl+C (⌘C on Mac) to copy.');
    await expect.element(screen.getByText('Press Ctrl+C (⌘C on Mac) to copy.')).toBeVisible();
    const textarea = field.element() as HTMLTextAreaElement;
    expect(textarea.value).toBe('req_missing');
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('req_missing');
    expect(document.body.textContent).not.toContain('Copied');
    expect(onCopy).not.toHaveBeenCalled();
    expect(onCopyError).toHaveBeenCalledTimes(1);
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the failed state, %s theme', async (theme) => {
    const screen = await render(
      <Page theme={theme}>
        <CopyRequestIdButton requestId="req_missing" resetAfterMs={Number.POSITIVE_INFINITY} />
      </Page>,
    );
    clickFromScript(screen.getByRole('button', { name: 'Copy request ID' }).element());
    await expect.element(screen.getByRole('textbox', { name: 'Text to copy' })).toHaveFocus();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  // Last: the real key press gives this frame a user activation.
  it('lets the user copy the selected text at once with Ctrl+C', async () => {
    const screen = await render(<CopyRequestIdButton requestId="req_by_hand" />);
    clickFromScript(screen.getByRole('button', { name: 'Copy request ID' }).element());
    await expect.element(screen.getByRole('textbox', { name: 'Text to copy' })).toHaveFocus();
    await userEvent.keyboard('{Control>}c{/Control}');
    restoreClipboardApi();
    await setClipboardPermission('clipboard-read', 'granted');
    await expect.poll(() => navigator.clipboard.readText()).toBe('req_by_hand');
  });
});
