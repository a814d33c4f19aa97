// The app's onCopy and onCopyError are the app's code: one that throws or
// rejects is reported once on the console, and the copy button goes on showing
// the real outcome. Also the button when the Clipboard API never answers. In
// jsdom: a stubbed Clipboard API that accepts, or none (jsdom has no
// execCommand either, so that copy fails).
import '@testing-library/jest-dom/vitest';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyRequestIdButton } from '../../src/copy/CopyRequestIdButton.js';
import { CLIPBOARD_TIMEOUT_MS, useCopyToClipboard } from '../../src/copy/useCopyToClipboard.js';
import { expectConsole } from '../setup/fail-on-console.js';

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

/** Lets pending promise callbacks, and what they report, run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/**
 * Runs `interact` watching for unhandled rejections, then checks the app's
 * failing callback was reported once on the console, by name.
 */
async function expectReportedOnce(name: string, interact: () => Promise<void>): Promise<void> {
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  try {
    await interact();
    await settle();
    expect(unhandled).not.toHaveBeenCalled();
  } finally {
    process.off('unhandledRejection', unhandled);
  }
  const messages = expectConsole();
  expect(messages).toHaveLength(1);
  expect(messages[0]).toContain(`the app's ${name} callback failed`);
}

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
});

const throwing = () => {
  throw new Error('analytics is down');
};
const rejecting = async () => {
  throw new Error('analytics is down');
};

describe('a throwing or rejecting onCopy', () => {
  it.each([
    ['throws', throwing],
    ['rejects', rejecting],
  ])('that %s: the button still says Copied, and the failure is reported once', async (_name, onCopy) => {
    stubClipboard(() => Promise.resolve());
    await expectReportedOnce('onCopy', async () => {
      render(<CopyRequestIdButton requestId="req_cb" onCopy={onCopy} />);
      const button = screen.getByRole('button', { name: 'Copy request ID' });
      await userEvent.click(button);
      expect(await screen.findByText('Copied')).toBeVisible();
      expect(button).toHaveAttribute('data-state', 'copied');
    });
  });

  it('does not make copy() reject: it resolves true, the text being on the clipboard', async () => {
    stubClipboard(() => Promise.resolve());
    const { result } = renderHook(() => useCopyToClipboard({ onCopy: throwing }));
    let outcome: Promise<boolean> = Promise.resolve(false);
    await act(async () => {
      outcome = result.current.copy('req_cb');
      await outcome.catch(() => undefined);
    });
    await expect(outcome).resolves.toBe(true);
    expect(result.current.state).toBe('copied');
    expect(expectConsole()).toHaveLength(1);
  });
});

describe('a throwing or rejecting onCopyError', () => {
  it.each([
    ['throws', throwing],
    ['rejects', rejecting],
  ])(
    'that %s: the button still offers the id by hand, and the failure is reported once',
    async (_name, onCopyError) => {
      await expectReportedOnce('onCopyError', async () => {
        render(<CopyRequestIdButton requestId="req_cb" onCopyError={onCopyError} />);
        await userEvent.click(screen.getByRole('button', { name: 'Copy request ID' }));
        const field = await screen.findByRole('textbox', { name: 'Text to copy' });
        expect(field).toHaveFocus();
        expect(field).toHaveValue('req_cb');
        expect(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
      });
    },
  );
});

describe('CopyRequestIdButton when the Clipboard API never answers', () => {
  it('offers the id by hand once CLIPBOARD_TIMEOUT_MS has passed, and never says Copied', async () => {
    vi.useFakeTimers();
    stubClipboard(() => new Promise<void>(() => {}));
    const onCopyError = vi.fn();
    render(<CopyRequestIdButton requestId="req_hung" onCopyError={onCopyError} />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    act(() => fireEvent.click(button));
    await act(() => vi.advanceTimersByTimeAsync(CLIPBOARD_TIMEOUT_MS));
    const field = screen.getByRole('textbox', { name: 'Text to copy' });
    expect(field).toHaveValue('req_hung');
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
    expect(button).toHaveAttribute('data-state', 'failed');
    expect(screen.queryByText('Copied')).toBeNull();
    expect(onCopyError).toHaveBeenCalledTimes(1);
  });
});
