// The stylesheet's themes as a user sees them in real Chromium, with the source
// CSS and with the CSS an app's production build ships (which used to lose
// every colour): light by default, dark with the OS, and data-theme on <html>
// or on a wrapper overriding the OS in both directions; readable (WCAG AA)
// text in every case; native controls in the matching colour scheme.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { qbdConnectionError, qbdRequestError } from '../../stories/fixtures/errors.js';
import { SEED_PLAN } from '../../stories/fixtures/fix-plans.js';
import { contrastRatio, luminance } from '../unit/styles-css.ts';
import {
  applyStylesheet,
  backgroundBehind,
  computedColor,
  emulateColorScheme,
  STYLESHEETS,
  textContrast,
} from './styles-helpers.ts';

type Theme = 'light' | 'dark';

/** Where the user's choice comes from, and the theme they must get. */
interface ThemeCase {
  os: Theme;
  html?: Theme;
  wrapper?: Theme;
  inner?: Theme;
  expected: Theme;
}

const THEME_CASES: [string, ThemeCase][] = [
  ['OS light, no data-theme', { os: 'light', expected: 'light' }],
  ['OS dark, no data-theme', { os: 'dark', expected: 'dark' }],
  ['OS light, data-theme="dark" on <html>', { os: 'light', html: 'dark', expected: 'dark' }],
  ['OS dark, data-theme="light" on <html>', { os: 'dark', html: 'light', expected: 'light' }],
  ['OS light, data-theme="dark" on a wrapper', { os: 'light', wrapper: 'dark', expected: 'dark' }],
  ['OS dark, data-theme="light" on a wrapper', { os: 'dark', wrapper: 'light', expected: 'light' }],
  ['OS dark, <html> light, a nested wrapper dark', { os: 'dark', html: 'light', inner: 'dark', expected: 'dark' }],
  ['OS light, <html> dark, a nested wrapper light', { os: 'light', html: 'dark', inner: 'light', expected: 'light' }],
];

/** Every kind of text a user reads in a full alert; each must meet 4.5:1 against what is behind it. */
const TEXT_PARTS = [
  '[data-slot="alert-title"]',
  '.cui-fix-steps li',
  '.cui-fix-steps kbd kbd',
  '.cui-fix-steps q',
  '.cui-fix-steps [role="status"]',
  '[data-slot="label"]',
  '[data-slot="value"]',
  '[data-slot="button"]',
  '[data-slot="alert-retry"]',
  '[data-slot="alert-details-trigger"]',
];

function part(alert: Element, selector: string): Element {
  const found = alert.querySelector(selector);
  if (!found) throw new Error(`No ${selector} in the ${alert.getAttribute('data-severity')} alert`);
  return found;
}

/**
 * A checklist holding every kind of chip (a menu path and labels), placed in
 * each alert's actions, so both chips are checked on each alert's background
 * whichever chips the alert's own message has.
 */
const chips = <QbdFixSteps steps={SEED_PLAN} />;

async function renderAlerts({ wrapper, inner }: ThemeCase): Promise<Element[]> {
  const screen = await render(
    <main data-theme={wrapper}>
      <div data-theme={inner}>
        <ConductorErrorAlert error={qbdConnectionError.body} onRetry={() => {}} actions={chips} />
        <ConductorErrorAlert error={qbdRequestError.body} onRetry={() => {}} actions={chips} />
      </div>
    </main>,
  );
  const alerts = [...screen.container.querySelectorAll('[data-slot="alert"]')];
  expect(alerts.map((alert) => alert.getAttribute('data-severity'))).toEqual(['warning', 'error']);
  return alerts;
}

describe.each(STYLESHEETS)('%s', (_name, load) => {
  let remove: () => void;
  beforeAll(async () => {
    remove = applyStylesheet(await load());
  });
  afterAll(() => remove());
  afterEach(async () => {
    delete document.documentElement.dataset.theme;
    await emulateColorScheme('light');
  });

  it.each(THEME_CASES)('%s', async (_case, themeCase) => {
    await emulateColorScheme(themeCase.os);
    if (themeCase.html) document.documentElement.dataset.theme = themeCase.html;
    for (const alert of await renderAlerts(themeCase)) {
      const severity = alert.getAttribute('data-severity');
      const background = computedColor(getComputedStyle(alert).backgroundColor);
      // A vanished colour leaves the alert transparent on the page.
      expect(background[3], `${severity} background is painted`).toBe(1);
      if (themeCase.expected === 'light') expect(luminance(background), `${severity} looks light`).toBeGreaterThan(0.7);
      else expect(luminance(background), `${severity} looks dark`).toBeLessThan(0.05);
      // Native checkboxes follow the theme.
      expect(getComputedStyle(part(alert, 'input[type="checkbox"]')).colorScheme).toBe(themeCase.expected);
      for (const selector of TEXT_PARTS) {
        expect(textContrast(part(alert, selector)), `${severity} ${selector}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it.each(['light', 'dark'] as const)(
    'in the %s theme, control borders and the focus ring stand out (3:1)',
    async (theme) => {
      document.documentElement.dataset.theme = theme;
      for (const alert of await renderAlerts({ os: 'light', expected: theme })) {
        const background = backgroundBehind(alert);
        const button = part(alert, '[data-slot="alert-details-trigger"]');
        const border = computedColor(getComputedStyle(button).borderTopColor);
        expect(contrastRatio(border, background), 'button border').toBeGreaterThanOrEqual(3);
        (button as HTMLElement).focus({ focusVisible: true } as FocusOptions);
        expect(getComputedStyle(button).outlineStyle, 'focus ring drawn').toBe('solid');
        const ring = computedColor(getComputedStyle(button).outlineColor);
        expect(contrastRatio(ring, background), 'focus ring').toBeGreaterThanOrEqual(3);
      }
    },
  );
});
