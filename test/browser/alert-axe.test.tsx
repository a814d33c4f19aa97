// axe-core in real Chromium, with the package's stylesheet: no violations
// (contrast included) in any state of the alert or the details dialog, in the
// light and the dark theme.
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { apiKeyInvalid, qbdConnectionError, qbdRequestError } from '../../stories/fixtures/errors.js';
import '../../src/styles.css';

const THEMES = ['light', 'dark'] as const;

/** The background each theme gives an error alert, to prove the theme really applied. */
const ERROR_BACKGROUND = { light: 'rgb(255, 240, 239)', dark: 'rgb(42, 20, 23)' };

const noSteps = { ...qbdRequestError.body, userFacingMessage: 'QuickBooks Desktop is busy with another request.' };

const ALERT_STATES: [string, ReactNode][] = [
  [
    'warning with steps, retry and support',
    <ConductorErrorAlert key="w" error={qbdConnectionError.body} onRetry={() => {}} />,
  ],
  ['error', <ConductorErrorAlert key="e" error={qbdRequestError.body} />],
  ['masked message', <ConductorErrorAlert key="m" error={apiKeyInvalid.body} />],
  ['no steps', <ConductorErrorAlert key="n" error={noSteps} onRetry={() => {}} />],
  ['compact warning', <ConductorErrorAlert key="cw" error={qbdConnectionError.body} compact />],
  ['compact error', <ConductorErrorAlert key="ce" error={qbdRequestError.body} compact />],
  ['hostile input', <ConductorErrorAlert key="h" error={42} />],
];

async function expectNoViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe.each(THEMES)('accessibility in the %s theme', (theme) => {
  it.each(ALERT_STATES)('alert: %s', async (_state, ui) => {
    document.documentElement.dataset.theme = theme;
    const screen = await render(
      <ConductorErrorProvider onContactSupport={() => {}}>
        <main>{ui}</main>
      </ConductorErrorProvider>,
    );
    await expectNoViolations(screen.container);
  });

  it('alert inside a themed wrapper follows the wrapper', async () => {
    const screen = await render(
      <main data-theme={theme}>
        <ConductorErrorAlert error={qbdRequestError.body} />
      </main>,
    );
    const alert = page.getByRole('alert').element();
    expect(getComputedStyle(alert).backgroundColor).toBe(ERROR_BACKGROUND[theme]);
    await expectNoViolations(screen.container);
  });

  it('details dialog open, with developer details and a masked message', async () => {
    document.documentElement.dataset.theme = theme;
    await render(
      <main>
        <ConductorErrorDetails error={qbdRequestError.body} defaultOpen showDeveloperDetails />
        <ConductorErrorDetails error={apiKeyInvalid.body} trigger={<button type="button">Second</button>} />
      </main>,
    );
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    await expectNoViolations(dialog.element());
  });
});

describe('the operating system’s colour preference', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia' as never, { features: [] } as never);
  });

  it('turns the alert dark with the OS, unless data-theme="light" says otherwise', async () => {
    const dark = { features: [{ name: 'prefers-color-scheme', value: 'dark' }] };
    await cdp().send('Emulation.setEmulatedMedia' as never, dark as never);
    const screen = await render(
      <main>
        <ConductorErrorAlert error={qbdRequestError.body} title="Follows the OS" />
        <div data-theme="light">
          <ConductorErrorAlert error={qbdRequestError.body} title="Forced light" />
        </div>
      </main>,
    );
    const background = (name: string) => getComputedStyle(page.getByRole('alert', { name }).element()).backgroundColor;
    expect(background('Follows the OS')).toBe(ERROR_BACKGROUND.dark);
    expect(background('Forced light')).toBe(ERROR_BACKGROUND.light);
    await expectNoViolations(screen.container);
  });
});
