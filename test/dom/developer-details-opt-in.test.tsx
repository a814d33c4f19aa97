// `showDeveloperDetails` reveals the developer message, which can hold SQL,
// keys or stack traces. Plain JavaScript can hand it anything: only `true`
// may show it, in the dialog and in what its Copy buttons copy.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_MESSAGE } from '../../stories/fixtures/seed.js';

const seed = qbdConnectionError.body;

/** Values a careless app passes for a boolean: each truthy or string-like, none of them `true`. */
const LOOSE: [string, unknown][] = [
  ['"false"', 'false'],
  ['"true"', 'true'],
  ['1', 1],
  ['"no"', 'no'],
  ['{}', {}],
  ['[]', []],
];

/** Clicks every Copy button in the open dialog and returns every text that reached the clipboard. */
async function copyEverything(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
  const writeText = vi.spyOn(navigator.clipboard, 'writeText');
  const dialog = screen.getByRole('dialog');
  const buttons = within(dialog).getAllByRole('button', { name: /^Copy/ });
  for (const button of buttons) {
    await user.click(button);
    // Each click's outcome is announced before the next one starts.
    await within(button.parentElement as HTMLElement).findByText('Copied');
  }
  const copied = writeText.mock.calls.map(([text]) => text);
  expect(copied).toHaveLength(buttons.length);
  return copied;
}

/** What the page and the clipboard hold after opening the alert's dialog and copying everything in it. */
async function openAlertAndCopy(showDeveloperDetails: unknown) {
  const user = userEvent.setup();
  render(<ConductorErrorAlert error={seed} showDeveloperDetails={showDeveloperDetails as boolean} />);
  await user.click(screen.getByRole('button', { name: 'Details' }));
  await screen.findByRole('dialog');
  return { copied: await copyEverything(user), page: document.documentElement.outerHTML };
}

/** The same for ConductorErrorDetails on its own, opened from the start. */
async function openDetailsAndCopy(showDeveloperDetails: unknown) {
  const user = userEvent.setup();
  render(<ConductorErrorDetails error={seed} defaultOpen showDeveloperDetails={showDeveloperDetails as boolean} />);
  return { copied: await copyEverything(user), page: document.documentElement.outerHTML };
}

describe.each([
  ['ConductorErrorAlert, its dialog opened', openAlertAndCopy],
  ['ConductorErrorDetails', openDetailsAndCopy],
])('%s', (_name, openAndCopy) => {
  it.each(LOOSE)('with showDeveloperDetails=%s, shows and copies no developer message', async (_label, value) => {
    const { copied, page } = await openAndCopy(value);
    expect(page).not.toContain(SEED_MESSAGE);
    expect(screen.queryByText('Developer message')).toBeNull();
    // The facts and the support details are still all there to copy.
    expect(copied).toContain(seed.requestId);
    for (const text of copied) expect(text).not.toContain(SEED_MESSAGE);
  });

  it('with showDeveloperDetails={true}, shows the developer message and copies it', async () => {
    const { copied } = await openAndCopy(true);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(SEED_MESSAGE)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy Developer message' })).toBeInTheDocument();
    expect(copied).toContain(SEED_MESSAGE);
  });
});
