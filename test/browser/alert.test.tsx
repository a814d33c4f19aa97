// The alert and its lazily loaded dialog in real Chromium: focus is only taken
// with autoFocus, and the dialog behaves as if it had been there all along.

import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { qbdConnectionError, qbdRequestError } from '../../stories/fixtures/errors.js';
import '../../src/styles.css';

const seed = qbdConnectionError.body;

describe('ConductorErrorAlert focus', () => {
  it('leaves focus where the user is when it appears', async () => {
    const screen = await render(<input aria-label="Invoice number" />);
    const input = page.getByRole('textbox', { name: 'Invoice number' });
    await userEvent.click(input);
    await screen.rerender(
      <>
        <input aria-label="Invoice number" />
        <ConductorErrorAlert error={qbdRequestError.body} />
      </>,
    );
    await expect.element(page.getByRole('alert')).toBeVisible();
    await expect.element(input).toHaveFocus();
  });

  it('moves focus to itself with autoFocus, so the next Tab reaches its first control', async () => {
    await render(<ConductorErrorAlert error={qbdRequestError.body} autoFocus />);
    const alert = page.getByRole('alert', { name: 'QuickBooks Desktop rejected the request' });
    await expect.element(alert).toHaveFocus();
    await userEvent.tab();
    expect((alert.element() as HTMLElement).contains(document.activeElement)).toBe(true);
  });

  it('loads the dialog on Enter, moves focus into it, and returns focus on Escape', async () => {
    await render(<ConductorErrorAlert error={seed} />);
    const details = page.getByRole('button', { name: 'Details' });
    (details.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: 'Could not reach QuickBooks Desktop' });
    await expect.element(dialog).toBeVisible();
    await expect.poll(() => dialog.element().contains(document.activeElement)).toBe(true);
    await userEvent.tab();
    expect(dialog.element().contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(details).toHaveFocus();
    await expect.element(details).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the dialog again after closing it, from the compact layout', async () => {
    await render(<ConductorErrorAlert error={seed} compact />);
    const howToFix = page.getByRole('button', { name: 'How to fix' });
    for (let round = 0; round < 2; round += 1) {
      await userEvent.click(howToFix);
      const dialog = page.getByRole('dialog');
      await expect.element(dialog).toBeVisible();
      await userEvent.click(page.getByRole('button', { name: 'Close' }));
      await expect.element(dialog).not.toBeInTheDocument();
      await expect.element(howToFix).toHaveFocus();
    }
  });

  it('puts the accent border at the start of the line: left in LTR, right in RTL', async () => {
    await render(
      <>
        <ConductorErrorAlert error={qbdRequestError.body} title="LTR" />
        <ConductorErrorAlert error={qbdRequestError.body} title="RTL" strings={{ dir: 'rtl' }} />
      </>,
    );
    const ltr = getComputedStyle(page.getByRole('alert', { name: 'LTR' }).element());
    const rtl = getComputedStyle(page.getByRole('alert', { name: 'RTL' }).element());
    expect([ltr.borderLeftWidth, ltr.borderRightWidth]).toEqual(['4px', '1px']);
    expect([rtl.borderLeftWidth, rtl.borderRightWidth]).toEqual(['1px', '4px']);
  });
});
