// The details dialog with a keyboard in real Chromium: it opens with Enter,
// keeps Tab inside, closes with Escape and gives focus back to its trigger.

import { describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
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
});
