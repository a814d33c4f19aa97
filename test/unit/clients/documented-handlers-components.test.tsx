// @vitest-environment jsdom
// The messageIsUserFacing opt-in through every component and the hook, on a
// body from Conductor's documented Express handler: each component's own prop,
// the provider's, the own prop winning, and only `true` counting. jsdom for
// the open dialog and the copy button's click.
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ConductorErrorAlert } from '../../../src/alert/ConductorErrorAlert.js';
import { CopyRequestIdButton } from '../../../src/copy/CopyRequestIdButton.js';
import { DEFAULT_USER_FACING_MESSAGE } from '../../../src/core/types.js';
import { ConductorErrorDetails } from '../../../src/details/ConductorErrorDetails.js';
import { QbdFixSteps } from '../../../src/fix-steps/QbdFixSteps.js';
import { ConductorErrorProvider } from '../../../src/provider/ConductorErrorProvider.js';
import { useConductorError } from '../../../src/use-conductor-error.js';

/** The end-user text of a QuickBooks Desktop that is closed, as a backend following Conductor's docs sends it. */
const USER_TEXT =
  'QuickBooks Desktop is not open. To fix this, open QuickBooks Desktop, open your company file, then try again.';
const DOCUMENTED_BODY = { error: { message: USER_TEXT } };

afterEach(cleanup);

/** The opt-in as each way of giving it: own prop, provider, provider overruled by the own prop, and values that are not `true`. */
const CASES: [string, { own?: unknown; provider?: boolean }, boolean][] = [
  ['own prop true', { own: true }, true],
  ['provider true', { provider: true }, true],
  ['provider true, own prop false', { own: false, provider: true }, false],
  ['own prop true, provider false', { own: true, provider: false }, true],
  ['own prop "true"', { own: 'true' }, false],
  ['own prop 1, provider true', { own: 1, provider: true }, false],
  ['neither', {}, false],
];

function withProvider(provider: boolean | undefined, children: ReactNode): ReactNode {
  return provider === undefined ? (
    children
  ) : (
    <ConductorErrorProvider messageIsUserFacing={provider}>{children}</ConductorErrorProvider>
  );
}

/** The own prop as the components take it; wrong types are what an app in plain JavaScript may pass. */
const ownProp = (own: unknown) => (own === undefined ? {} : { messageIsUserFacing: own as boolean });

describe.each(CASES)('%s', (_case, { own, provider }, shown) => {
  const expected = shown ? USER_TEXT : DEFAULT_USER_FACING_MESSAGE;

  test('ConductorErrorAlert', () => {
    render(withProvider(provider, <ConductorErrorAlert error={DOCUMENTED_BODY} {...ownProp(own)} />));
    expect(screen.getByRole('alert')).toHaveTextContent(shown ? 'Open your company file' : DEFAULT_USER_FACING_MESSAGE);
    expect(screen.queryAllByRole('checkbox').length > 0).toBe(shown);
  });

  test('ConductorErrorAlert’s details dialog', async () => {
    render(withProvider(provider, <ConductorErrorAlert error={DOCUMENTED_BODY} {...ownProp(own)} />));
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(shown ? 'Open your company file' : DEFAULT_USER_FACING_MESSAGE);
  });

  test('ConductorErrorDetails', () => {
    render(withProvider(provider, <ConductorErrorDetails error={DOCUMENTED_BODY} defaultOpen {...ownProp(own)} />));
    expect(screen.getByRole('dialog')).toHaveTextContent(
      shown ? 'Open your company file' : DEFAULT_USER_FACING_MESSAGE,
    );
  });

  test('QbdFixSteps', () => {
    const { container } = render(withProvider(provider, <QbdFixSteps error={DOCUMENTED_BODY} {...ownProp(own)} />));
    expect(container).toHaveTextContent(shown ? 'Open your company file' : DEFAULT_USER_FACING_MESSAGE);
    expect(screen.queryAllByRole('checkbox').length > 0).toBe(shown);
  });

  describe('CopyRequestIdButton’s support details', () => {
    beforeEach(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.resolve() },
      });
    });
    afterEach(() => {
      Reflect.deleteProperty(navigator, 'clipboard');
    });

    test('copy the text the end user saw', async () => {
      const onCopy = vi.fn();
      render(
        withProvider(
          provider,
          <CopyRequestIdButton error={DOCUMENTED_BODY} copy="supportDetails" onCopy={onCopy} {...ownProp(own)} />,
        ),
      );
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Copy support details' }));
      });
      expect(onCopy).toHaveBeenCalledOnce();
      expect(onCopy.mock.calls[0]?.[0]).toContain(`Message: ${expected}`);
    });
  });

  test('useConductorError', () => {
    const { result } = renderHook(() => useConductorError(DOCUMENTED_BODY, ownProp(own)), {
      wrapper: ({ children }) => withProvider(provider, children),
    });
    expect(result.current.error.userFacingMessage).toBe(expected);
    expect(result.current.plan.steps.length > 0).toBe(shown);
  });
});

test('useConductorError with options that throw when read falls back to the provider', () => {
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
    },
  );
  const { result } = renderHook(() => useConductorError(DOCUMENTED_BODY, hostile), {
    wrapper: ({ children }) => <ConductorErrorProvider messageIsUserFacing>{children}</ConductorErrorProvider>,
  });
  expect(result.current.error.userFacingMessage).toBe(USER_TEXT);
});
