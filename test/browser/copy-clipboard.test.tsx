// CopyRequestIdButton in real Chromium with its real clipboard: permission
// granted (the async Clipboard API copies) and denied (writeText rejects and the
// execCommand fallback copies during the user's gesture). The clipboard is read
// back each time, so "Copied" is checked against what really got copied.
import '../../src/styles/tokens.css';
import '../../src/styles/copy.css';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { CopyRequestIdButton } from '../../src/copy/CopyRequestIdButton.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_REQUEST_ID } from '../../stories/fixtures/seed.js';
import { axeViolations, Page, setClipboardPermission } from './copy-fix-steps-helpers.js';

async function writeClipboard(text: string): Promise<void> {
  await setClipboardPermission('clipboard-write', 'granted');
  // Writing needs a focused document, and the test frame is not focused until something focuses it.
  window.focus();
  await navigator.clipboard.writeText(text);
}

beforeEach(async () => {
  await setClipboardPermission('clipboard-read', 'granted');
  // Something else on the clipboard first, so a test sees its own copy and not a leftover.
  await writeClipboard('stale clipboard contents');
});

describe('with clipboard permission granted', () => {
  it('copies the id on click, announces "Copied" and then returns to idle', async () => {
    const onCopy = vi.fn();
    const screen = await render(<CopyRequestIdButton requestId={SEED_REQUEST_ID} onCopy={onCopy} resetAfterMs={300} />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    await expect.element(button).toHaveAttribute('data-state', 'copied');
    expect(await navigator.clipboard.readText()).toBe(SEED_REQUEST_ID);
    expect(onCopy).toHaveBeenCalledWith(SEED_REQUEST_ID);
    await expect.element(button).toHaveAttribute('data-state', 'idle');
    await expect.element(screen.getByRole('status')).toHaveTextContent('');
  });

  it('is reachable with Tab and copies with Enter and with Space', async () => {
    const screen = await render(<CopyRequestIdButton requestId="req_keyboard" />);
    await userEvent.tab();
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await expect.element(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(await navigator.clipboard.readText()).toBe('req_keyboard');

    await writeClipboard('stale again');
    await userEvent.keyboard(' ');
    await expect.poll(() => navigator.clipboard.readText()).toBe('req_keyboard');
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('copies the full support details when asked to', async () => {
    const screen = await render(
      <CopyRequestIdButton error={{ error: qbdConnectionError.body }} copy="supportDetails" />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Copy support details' }));
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')[0]).toBe(`Request ID: ${SEED_REQUEST_ID}`);
    expect(copied).toContain(qbdConnectionError.body.userFacingMessage);
    expect(copied).not.toContain(qbdConnectionError.body.message);
  });

  it.each(['light', 'dark'] as const)('has no axe violations idle and copied, %s theme', async (theme) => {
    const screen = await render(
      <Page theme={theme}>
        <CopyRequestIdButton requestId={SEED_REQUEST_ID} resetAfterMs={Number.POSITIVE_INFINITY} />
      </Page>,
    );
    expect(await axeViolations(screen.container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Copy request ID' }));
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

describe('with clipboard-write denied', () => {
  beforeEach(async () => {
    await setClipboardPermission('clipboard-write', 'denied');
  });

  it('really is denied: writeText rejects', async () => {
    await expect(navigator.clipboard.writeText('x')).rejects.toThrow(/denied/i);
  });

  it('falls back to execCommand during the click, and says Copied only because the id is on the clipboard', async () => {
    const onCopy = vi.fn();
    const screen = await render(<CopyRequestIdButton requestId="req_denied" onCopy={onCopy} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy request ID' }));
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(await navigator.clipboard.readText()).toBe('req_denied');
    expect(onCopy).toHaveBeenCalledWith('req_denied');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('gives focus back to the button after the fallback copy', async () => {
    const screen = await render(<CopyRequestIdButton requestId="req_selection" />);
    await userEvent.tab();
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await expect.element(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(await navigator.clipboard.readText()).toBe('req_selection');
    await expect.element(button).toHaveFocus();
  });
});
