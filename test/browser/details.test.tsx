// The details dialog in real Chromium: with a keyboard it opens with Enter,
// keeps Tab inside, closes with Escape and gives focus back to its trigger; a
// click outside closes it; the page behind does not scroll while it is open;
// its copy buttons work inside its focus trap, even through the fallback.

import { describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { setClipboardPermission } from './copy-fix-steps-helpers.js';
import '../../src/styles.css';

const seed = qbdConnectionError.body;

function active(): Element | null {
  return document.activeElement;
}

describe('ConductorErrorDetails with the keyboard', () => {
  it('opens with Enter, traps Tab in both directions, closes with Escape, and returns focus', async () => {
    await render(
      <>
        <button type="button">Before</button>
        <ConductorErrorDetails error={seed} />
        <button type="button">After</button>
      </>,
    );
    const trigger = page.getByRole('button', { name: 'Details' });
    await userEvent.tab();
    await userEvent.tab();
    await expect.element(trigger).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: 'Could not reach QuickBooks Desktop' });
    await expect.element(dialog).toBeVisible();
    const element = dialog.element();
    expect(element.contains(active())).toBe(true);

    // Every focusable part once around, and further: focus never leaves the dialog.
    const seen = new Set<Element | null>();
    for (let press = 0; press < 30; press += 1) {
      await userEvent.tab();
      expect(element.contains(active()), `Tab ${press + 1} left the dialog`).toBe(true);
      seen.add(active());
    }
    expect(seen.size).toBeGreaterThan(8);
    for (let press = 0; press < 30; press += 1) {
      await userEvent.tab({ shift: true });
      expect(element.contains(active()), `Shift+Tab ${press + 1} left the dialog`).toBe(true);
    }

    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(trigger).toHaveFocus();
  });

  it('closes with its Close button from the keyboard and returns focus to an app trigger', async () => {
    await render(
      <ConductorErrorDetails
        error={seed}
        trigger={
          <button type="button" className="app-link">
            What happened?
          </button>
        }
      />,
    );
    const trigger = page.getByRole('button', { name: 'What happened?' });
    await userEvent.click(trigger);
    const close = page.getByRole('button', { name: 'Close' });
    await expect.element(close).toBeVisible();
    (close.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(trigger).toHaveFocus();
  });

  it('checks a fix step with Space inside the dialog', async () => {
    await render(<ConductorErrorDetails error={seed} defaultOpen trigger={null} />);
    const first = page.getByRole('checkbox').first();
    await expect.element(first).toBeVisible();
    (first.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.element(first).toBeChecked();
    await expect.element(page.getByText('1 of 8 done')).toBeVisible();
  });

  it('copies one technical fact and says so only once it is on the clipboard', async () => {
    // Lets the test read the clipboard back, so "Copied" is checked against what really got there.
    const { targetInfo } = (await cdp().send('Target.getTargetInfo' as never)) as {
      targetInfo: { browserContextId: string };
    };
    const permissions = ['clipboardReadWrite', 'clipboardSanitizedWrite'];
    const grant = { permissions, origin: window.location.origin, browserContextId: targetInfo.browserContextId };
    await cdp().send('Browser.grantPermissions' as never, grant as never);
    await render(<ConductorErrorDetails error={seed} defaultOpen trigger={null} />);
    const copyCode = page.getByRole('button', { name: 'Copy Error code' });
    await userEvent.click(copyCode);
    await expect.element(copyCode).toHaveAttribute('data-state', 'copied');
    expect(await navigator.clipboard.readText()).toBe('QBD_CONNECTION_ERROR');
    const status = (copyCode.element() as HTMLElement).nextElementSibling;
    expect(status).toHaveTextContent('Copied');
    await expect.element(page.getByRole('dialog')).toBeVisible();
  });

  it('copies a fact through the execCommand fallback inside its focus trap when clipboard-write is denied', async () => {
    await setClipboardPermission('clipboard-read', 'granted');
    await setClipboardPermission('clipboard-write', 'denied');
    await render(<ConductorErrorDetails error={seed} defaultOpen trigger={null} />);
    const copyType = page.getByRole('button', { name: 'Copy Error type' });
    await userEvent.click(copyType);
    await expect.element(copyType).toHaveAttribute('data-state', 'copied');
    expect(await navigator.clipboard.readText()).toBe('INTEGRATION_CONNECTION_ERROR');
    await expect.element(copyType).toHaveFocus();
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('closes on a click outside, and stops the page scrolling only while open', async () => {
    await render(
      <div style={{ blockSize: '300vh' }}>
        <ConductorErrorDetails error={seed} />
      </div>,
    );
    const root = document.documentElement;
    expect(getComputedStyle(root).overflowY).not.toBe('hidden');
    await userEvent.click(page.getByRole('button', { name: 'Details' }));
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    expect(getComputedStyle(root).overflowY).toBe('hidden');
    // A real mouse press in the page's corner, outside the dialog (Radix makes the page
    // ignore pointer events while it is open, so a locator click would not be sent).
    for (const type of ['mousePressed', 'mouseReleased']) {
      await cdp().send(
        'Input.dispatchMouseEvent' as never,
        { type, x: 5, y: 5, button: 'left', clickCount: 1 } as never,
      );
    }
    await expect.element(dialog).not.toBeInTheDocument();
    expect(getComputedStyle(root).overflowY).not.toBe('hidden');
  });
});
