// Driving the example page, and what it should show for a given error.
import type { Page, Response } from 'playwright';
import type { ScenarioError } from '../../examples/express-react/stand-in/error-bodies.js';
import type { DemoChoice } from '../../examples/express-react/web/DemoControls.js';
import { parseFixSteps } from '../../src/core/index.js';
import { DEFAULT_TITLES } from '../../src/core/titles.js';

/** Picks the demo choices, presses the check button and returns the backend's answer. */
export async function checkConnection(page: Page, choice: DemoChoice): Promise<{ response: Response; body: unknown }> {
  await page.getByLabel('What Conductor answers').selectOption(choice.scenario);
  await page.getByLabel('conductor-node version on the server').selectOption(choice.sdk);
  await page.getByLabel('Retry succeeds').setChecked(choice.succeedOnRetry);
  const [response] = await Promise.all([
    page.waitForResponse((answer) => new URL(answer.url()).pathname === '/api/quickbooks/health-check'),
    page.getByRole('button', { name: 'Check QuickBooks connection' }).click(),
  ]);
  return { response, body: await response.json() };
}

/** What the page should show, and the backend send, for an error the stand-in threw. */
export function expectedView(thrown: ScenarioError) {
  const { message: _developerOnly, ...fields } = thrown;
  return {
    /** The live-region role: `status` for what only the end user can fix, `alert` otherwise. */
    role: thrown.type === 'INTEGRATION_CONNECTION_ERROR' ? ('status' as const) : ('alert' as const),
    title: DEFAULT_TITLES[thrown.code] ?? DEFAULT_TITLES[thrown.type],
    steps: parseFixSteps(thrown.userFacingMessage).steps,
    /** The body's fields apart from the request id, which the stand-in makes up per request. */
    fields,
  };
}

/** Everything in the page, hidden parts and attributes included, portals too. */
export function readPage(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}
