// The compact alert in a real sonner toast, in real Chromium at a laptop's
// 1366×768: it fits sonner's column (and narrower ones) with its whole title
// readable, and the details dialog it opens is drawn above the toast. The
// compact alert used to be 444 px wide in sonner's 356 px column, its title cut
// to "Could not reach Q…", and the toast covered the dialog's Close button.
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SONNER_TOAST_WIDTH, SonnerToastPage } from '../../stories/components/sonner-toast.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { applyStylesheet, STYLESHEETS } from './styles-helpers.ts';

const TITLE = 'Could not reach QuickBooks Desktop';
const error = qbdConnectionError.body;

/** The compact alert in the toast, once sonner has shown it. */
async function shownAlert(): Promise<HTMLElement> {
  const alert = page.getByRole('status', { name: TITLE });
  await expect.element(alert).toBeVisible();
  return alert.element() as HTMLElement;
}

/** Nothing in `element` scrolls sideways or reaches past its left or right edge. */
function expectNoSidewaysOverflow(element: Element): void {
  const box = element.getBoundingClientRect();
  for (const part of [element, ...element.querySelectorAll('*')]) {
    const name = part.getAttribute('data-slot') ?? part.tagName;
    expect(part.scrollWidth, `${name} scrolls sideways`).toBeLessThanOrEqual(part.clientWidth);
    const rect = part.getBoundingClientRect();
    expect(rect.left, `${name} starts inside`).toBeGreaterThanOrEqual(box.left - 0.5);
    expect(rect.right, `${name} ends inside`).toBeLessThanOrEqual(box.right + 0.5);
  }
}

/** Every line of `element`'s text lies inside `within`'s box: none of it cut off or hidden. */
function expectTextInside(element: Element, within: DOMRect): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const lines = [...range.getClientRects()];
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line.left).toBeGreaterThanOrEqual(within.left - 0.5);
    expect(line.right).toBeLessThanOrEqual(within.right + 0.5);
  }
}

beforeAll(async () => {
  await page.viewport(1366, 768);
  // Sonner slides toasts in and the dialog zooms in; without motion every box
  // is where it ends up as soon as it is drawn, so what is measured is final.
  const features = [{ name: 'prefers-reduced-motion', value: 'reduce' }];
  await cdp().send('Emulation.setEmulatedMedia' as never, { features } as never);
});

afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia' as never, { features: [] } as never);
});

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe.each(STYLESHEETS)('with %s', (_name, load) => {
  let remove: () => void;
  beforeAll(async () => {
    remove = applyStylesheet(await load());
  });
  afterAll(() => remove());

  describe.each([280, 320, SONNER_TOAST_WIDTH])('the compact alert in a %i px sonner toast column', (width) => {
    it('is no wider than the toast and the column, and nothing in it overflows', async () => {
      await render(<SonnerToastPage error={error} width={width} />);
      const alert = await shownAlert();
      const toastItem = alert.closest('[data-sonner-toast]') as HTMLElement;
      const column = alert.closest('[data-sonner-toaster]') as HTMLElement;
      expect(column.offsetWidth).toBe(width);
      expect(toastItem.offsetWidth).toBeLessThanOrEqual(width);
      expect(alert.offsetWidth).toBeLessThanOrEqual(toastItem.clientWidth);
      expectNoSidewaysOverflow(toastItem);
      expectNoSidewaysOverflow(alert);
      const howToFix = page.getByRole('button', { name: 'How to fix' });
      await expect.element(howToFix).toBeVisible();
      expectTextInside(howToFix.element(), alert.getBoundingClientRect());
    });

    it('shows the whole title, wrapped rather than cut with an ellipsis', async () => {
      await render(<SonnerToastPage error={error} width={width} />);
      const alert = await shownAlert();
      const title = alert.querySelector('[data-slot="alert-title"]') as HTMLElement;
      expect(title.textContent).toBe(TITLE);
      expect(title.scrollWidth, 'title cut at its end').toBeLessThanOrEqual(title.clientWidth);
      expect(title.scrollHeight, 'title cut at its bottom').toBeLessThanOrEqual(title.clientHeight);
      expectTextInside(title, title.getBoundingClientRect());
      expectTextInside(title, alert.getBoundingClientRect());
    });
  });

  describe('the details dialog opened from a toast', () => {
    it('is drawn above a toast lying over its Close button, which closes it', async () => {
      const screen = await render(<SonnerToastPage error={error} />);
      await shownAlert();
      await userEvent.click(page.getByRole('button', { name: 'How to fix' }));
      const dialog = page.getByRole('dialog', { name: TITLE });
      const close = dialog.getByRole('button', { name: 'Close' });
      await expect.element(close).toBeVisible();

      // Move the toast until its middle lies on the Close button's middle: what
      // the toast covers depends on the screen, this way it always covers Close.
      const target = close.element().getBoundingClientRect();
      const x = target.left + target.width / 2;
      const y = target.top + target.height / 2;
      const toastItem = (await shownAlert()).closest('[data-sonner-toast]') as HTMLElement;
      const placed = toastItem.getBoundingClientRect();
      const offset = {
        right: 24 - (x - (placed.left + placed.width / 2)),
        bottom: 24 - (y - (placed.top + placed.height / 2)),
      };
      await screen.rerender(<SonnerToastPage error={error} offset={offset} />);
      const moved = toastItem.getBoundingClientRect();
      expect(x > moved.left && x < moved.right && y > moved.top && y < moved.bottom, 'the toast covers Close').toBe(
        true,
      );

      const topmost = document.elementFromPoint(x, y);
      expect(close.element().contains(topmost), `drawn on top: ${topmost?.outerHTML.slice(0, 80)}`).toBe(true);
      await userEvent.click(close);
      await expect.element(dialog).not.toBeInTheDocument();
    });
  });

  describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
    it('has no axe violations with the toast shown, then with its dialog open', async () => {
      document.documentElement.dataset.theme = theme;
      await render(<SonnerToastPage error={error} theme={theme} />);
      await shownAlert();
      const violations = async () => {
        const results = await axe.run(document.body, { resultTypes: ['violations'] });
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      };
      expect(await violations()).toEqual([]);
      await userEvent.click(page.getByRole('button', { name: 'How to fix' }));
      await expect.element(page.getByRole('dialog', { name: TITLE })).toBeVisible();
      expect(await violations()).toEqual([]);
    });
  });
});
