// An app's callbacks are the app's code: an error tracker that is down, a
// retry whose request fails, a typo in a handler. Whether they throw or
// reject, the alert stays on screen and keeps working, each failure is said
// once on the console naming the callback, and no rejection goes unhandled.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { qbdConnectionError, qbdRequestError } from '../../stories/fixtures/errors.js';
import { expectConsole } from '../setup/fail-on-console.js';

const seed = qbdConnectionError.body;

/** Every unhandled rejection while a test runs (vitest would report them only after the run). */
const unhandled: unknown[] = [];
const noteUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', noteUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', noteUnhandled);
});

/** Lets rejected promises be handled or reported: Node says "unhandled" once the microtasks have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Callbacks that fail each way an app's can, each call a new failure. */
const FAILING: [string, () => Mock<(...args: unknown[]) => unknown>][] = [
  [
    'throws',
    () =>
      vi.fn(() => {
        throw new Error('tracker down');
      }),
  ],
  ['rejects', () => vi.fn(async () => Promise.reject(new Error('network down')))],
];

/** The console messages so far, all of them our one report naming `callback`. */
async function expectReports(callback: string, count: number) {
  await settle();
  const messages = expectConsole();
  expect(messages).toHaveLength(count);
  for (const message of messages) expect(message).toContain(`the app's ${callback} callback failed`);
  expect(unhandled).toEqual([]);
}

describe.each(FAILING)('a callback that %s', (_how, failing) => {
  it('onError: the alert stays mounted, and the next error is reported too', async () => {
    const onError = failing();
    const { rerender } = render(
      <ConductorErrorProvider onError={onError}>
        <ConductorErrorAlert error={seed} onRetry={() => {}} />
      </ConductorErrorProvider>,
    );
    expect(screen.getByRole('status', { name: 'Could not reach QuickBooks Desktop' })).toBeInTheDocument();
    await expectReports('onError', 1);
    rerender(
      <ConductorErrorProvider onError={onError}>
        <ConductorErrorAlert error={qbdRequestError.body} onRetry={() => {}} />
      </ConductorErrorProvider>,
    );
    expect(screen.getByRole('alert', { name: 'QuickBooks Desktop rejected the request' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(2);
    await expectReports('onError', 1);
  });

  it.each([
    ['onRetry', 'Try again'],
    ['onContactSupport', 'Contact support'],
  ])('%s, the alert’s own: each click calls it again, and the alert keeps working', async (name, label) => {
    const user = userEvent.setup();
    const callback = failing();
    render(<ConductorErrorAlert error={seed} {...{ [name]: callback }} />);
    await user.click(screen.getByRole('button', { name: label }));
    await user.click(screen.getByRole('button', { name: label }));
    expect(callback).toHaveBeenCalledTimes(2);
    await expectReports(name, 2);
    // Still working: the checklist ticks and the dialog opens.
    await user.click(screen.getAllByRole('checkbox')[0] as HTMLElement);
    expect(screen.getByText('1 of 8 done')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it.each([
    ['onRetry', 'Try again'],
    ['onContactSupport', 'Contact support'],
  ])('%s, the provider’s: reported the same way', async (name, label) => {
    const user = userEvent.setup();
    const callback = failing();
    render(
      <ConductorErrorProvider {...{ [name]: callback }}>
        <ConductorErrorAlert error={seed} />
      </ConductorErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: label }));
    await user.click(screen.getByRole('button', { name: label }));
    expect(callback).toHaveBeenCalledTimes(2);
    await expectReports(name, 2);
    expect(screen.getByRole('status', { name: 'Could not reach QuickBooks Desktop' })).toBeInTheDocument();
  });

  it('onOpenChange of the details dialog: it still opens and closes', async () => {
    const user = userEvent.setup();
    const onOpenChange = failing();
    render(<ConductorErrorDetails error={seed} onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole('button', { name: 'Details' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    await expectReports('onOpenChange', 2);
  });
});

describe('a throwing onCloseAutoFocus, which Radix calls as the dialog unmounts its focus trap', () => {
  it('the dialog closes, the page stays, and focus handling is reported once', async () => {
    const user = userEvent.setup();
    const onCloseAutoFocus = vi.fn(() => {
      throw new Error('focus helper broken');
    });
    render(
      <main>
        <h1>Invoices</h1>
        <ConductorErrorDetails error={seed} onCloseAutoFocus={onCloseAutoFocus} />
      </main>,
    );
    await user.click(screen.getByRole('button', { name: 'Details' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Invoices' })).toBeInTheDocument();
    expect(onCloseAutoFocus).toHaveBeenCalledTimes(1);
    await expectReports('onCloseAutoFocus', 1);
  });
});

describe('a callback that is not a function', () => {
  it('shows no dead button, and leaves the provider’s in place', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(
      <ConductorErrorProvider onRetry={onRetry} onContactSupport={'mailto:help' as never}>
        <ConductorErrorAlert error={seed} onRetry={'yes' as never} />
      </ConductorErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Contact support' })).toBeNull();
  });
});
