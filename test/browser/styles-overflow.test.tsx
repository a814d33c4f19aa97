// Long unbroken text in a narrow column, in real Chromium: a QuickBooks company
// file path or a long request id has no space to wrap at, and used to push the
// alert, the checklist and the dialog wider than the page gave them, so the end
// of the path (the file name the user needs) was cut off or scrolled away.
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { CopyRequestIdButton } from '../../src/copy/CopyRequestIdButton.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { qbdRequestError } from '../../stories/fixtures/errors.js';
import { applyStylesheet, STYLESHEETS } from './styles-helpers.ts';

const COMPANY_FILE =
  'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company_Files\\' +
  'Northwind_Wholesale_and_Distribution_Consolidated_2023.QBW';
const REQUEST_ID = `req_${'7QaZk3RmTs8N'.repeat(8)}`;

const MESSAGE =
  `QuickBooks Desktop could not open the company file ${COMPANY_FILE}. To fix this: ` +
  `1. Close QuickBooks Desktop on every computer. 2. Open ${COMPANY_FILE} again as Admin. ` +
  "3. Navigate to 'File > Utilities > Verify Data'. Then try again.";

const LONG_ERROR = {
  ...qbdRequestError.body,
  message: `QBD Request Error (3180): cannot open ${COMPANY_FILE}`,
  userFacingMessage: MESSAGE,
  requestId: REQUEST_ID,
};

/** Renders `ui` in a narrow column, as a sidebar or a phone gives the components; returns the column. */
async function renderInColumn(ui: ReactNode): Promise<Element> {
  const screen = await render(<div style={{ inlineSize: '18rem' }}>{ui}</div>);
  return screen.container.firstElementChild as Element;
}

/** Nothing inside `element` reaches past its edges: no horizontal scrolling, no clipped text. */
function expectContained(element: Element, what: string): void {
  expect(element.scrollWidth, `${what} is no wider than its box`).toBeLessThanOrEqual(element.clientWidth);
  const box = element.getBoundingClientRect();
  for (const child of element.querySelectorAll('*')) {
    const rect = child.getBoundingClientRect();
    // Visually hidden text (the UI-label quotes) is clipped to 1px on purpose.
    if (rect.width <= 1) continue;
    expect(rect.right, `${what}: ${child.getAttribute('data-slot') ?? child.tagName} stays inside`).toBeLessThanOrEqual(
      box.right + 0.5,
    );
  }
}

describe.each(STYLESHEETS)('%s', (_name, load) => {
  let remove: () => void;
  beforeAll(async () => {
    remove = applyStylesheet(await load());
  });
  afterAll(() => remove());

  it('keeps a company file path and a long request id inside the full alert', async () => {
    const column = await renderInColumn(<ConductorErrorAlert error={LONG_ERROR} onRetry={() => {}} />);
    const alert = page.getByRole('alert');
    await expect.element(alert.getByText(REQUEST_ID)).toBeVisible();
    expect(alert.element().textContent).toContain(COMPANY_FILE);
    expectContained(alert.element(), 'alert');
    expectContained(column, 'column');
  });

  it('keeps the compact alert inside the column, its long title wrapped', async () => {
    const column = await renderInColumn(
      <ConductorErrorAlert error={LONG_ERROR} title={`Cannot open ${COMPANY_FILE}`} compact />,
    );
    expectContained(page.getByRole('alert').element(), 'compact alert');
    expectContained(column, 'column');
  });

  it('wraps a path inside a checklist step on its own', async () => {
    const column = await renderInColumn(<QbdFixSteps message={MESSAGE} />);
    const steps = page.getByRole('group');
    await expect.element(steps.getByRole('checkbox').first()).toBeVisible();
    expect(steps.element().textContent).toContain(COMPANY_FILE);
    expectContained(column, 'checklist');
  });

  it('wraps a long request id in the copy field', async () => {
    const column = await renderInColumn(<CopyRequestIdButton requestId={REQUEST_ID} />);
    await expect.element(page.getByText(REQUEST_ID)).toBeVisible();
    expectContained(column, 'copy field');
  });

  it('keeps the details dialog free of sideways scrolling', async () => {
    await render(<ConductorErrorDetails error={LONG_ERROR} defaultOpen showDeveloperDetails />);
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    expect(dialog.element().textContent).toContain(COMPANY_FILE);
    expectContained(dialog.element(), 'dialog');
  });
});
