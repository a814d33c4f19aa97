// useCopyToClipboard at its limits, in jsdom with fake timers: a Clipboard API
// that never answers, a late answer, reset delays no timer can hold or that
// are not numbers, and an unmount while a copy waits. Every test advances the
// fake clock and asserts what the user would see then; none measures time.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIPBOARD_TIMEOUT_MS, useCopyToClipboard } from '../../src/copy/useCopyToClipboard.js';

/** setTimeout's longest delay; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Puts a Clipboard API on jsdom's navigator whose writeText does what `write` does. */
function stubClipboard(write: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: write } });
}

/** A writeText that answers only when the test says so, and says whether it was called. */
function pendingClipboard() {
  const answer = { resolve: () => {}, reject: (_refusal: Error) => {} };
  const writeText = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        answer.resolve = resolve;
        answer.reject = reject;
      }),
  );
  stubClipboard(writeText);
  return answer;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

describe('a Clipboard API that never answers', () => {
  it(`fails after CLIPBOARD_TIMEOUT_MS (${CLIPBOARD_TIMEOUT_MS} ms) and offers the text by hand`, async () => {
    pendingClipboard();
    const onCopy = vi.fn();
    const onCopyError = vi.fn();
    const { result } = renderHook(() => useCopyToClipboard({ onCopy, onCopyError }));
    let outcome: Promise<boolean> = Promise.resolve(true);
    act(() => {
      outcome = result.current.copy('req_slow');
    });
    await act(() => vi.advanceTimersByTimeAsync(CLIPBOARD_TIMEOUT_MS - 1));
    expect(result.current.state).toBe('idle');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current.state).toBe('failed');
    expect(result.current.manual?.[0]).toBe('req_slow');
    await expect(outcome).resolves.toBe(false);
    expect(onCopyError).toHaveBeenCalledTimes(1);
    expect(onCopyError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
    expect(onCopy).not.toHaveBeenCalled();
  });

  it('stays failed when the answer comes after the timeout', async () => {
    const answer = pendingClipboard();
    const onCopy = vi.fn();
    const { result } = renderHook(() => useCopyToClipboard({ onCopy, resetAfterMs: Number.POSITIVE_INFINITY }));
    act(() => {
      void result.current.copy('req_late');
    });
    await act(() => vi.advanceTimersByTimeAsync(CLIPBOARD_TIMEOUT_MS));
    expect(result.current.state).toBe('failed');
    await act(async () => answer.resolve());
    expect(result.current.state).toBe('failed');
    expect(result.current.manual?.[0]).toBe('req_late');
    expect(onCopy).not.toHaveBeenCalled();
  });

  it('says Copied when the answer comes in time, and leaves no timeout pending', async () => {
    const answer = pendingClipboard();
    const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs: Number.POSITIVE_INFINITY }));
    act(() => {
      void result.current.copy('req_in_time');
    });
    await act(() => vi.advanceTimersByTimeAsync(CLIPBOARD_TIMEOUT_MS - 1));
    await act(async () => answer.resolve());
    expect(result.current.state).toBe('copied');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('a second copy while the first waits for the clipboard', () => {
  it('ends the first wait (false, no callback) and shows only the second outcome', async () => {
    const answer = pendingClipboard();
    const onCopy = vi.fn();
    const onCopyError = vi.fn();
    const { result } = renderHook(() => useCopyToClipboard({ onCopy, onCopyError }));
    let first: Promise<boolean> = Promise.resolve(true);
    act(() => {
      first = result.current.copy('req_first');
    });
    let second: Promise<boolean> = Promise.resolve(false);
    act(() => {
      second = result.current.copy('req_second');
    });
    await expect(first).resolves.toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    await act(async () => answer.resolve());
    await expect(second).resolves.toBe(true);
    expect(result.current.state).toBe('copied');
    expect(onCopy.mock.calls).toEqual([['req_second']]);
    expect(onCopyError).not.toHaveBeenCalled();
  });
});

describe('unmounting while a copy waits for the clipboard', () => {
  it('clears the timeout, resolves false and calls neither callback', async () => {
    pendingClipboard();
    const onCopy = vi.fn();
    const onCopyError = vi.fn();
    const { result, unmount } = renderHook(() => useCopyToClipboard({ onCopy, onCopyError }));
    let outcome: Promise<boolean> = Promise.resolve(true);
    act(() => {
      outcome = result.current.copy('req_gone');
    });
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    await expect(outcome).resolves.toBe(false);
    expect(onCopy).not.toHaveBeenCalled();
    expect(onCopyError).not.toHaveBeenCalled();
  });

  it('does not run the fallback, which would move focus, when the refusal comes after unmount', async () => {
    const answer = pendingClipboard();
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    const { result, unmount } = renderHook(() => useCopyToClipboard());
    act(() => {
      void result.current.copy('req_gone');
    });
    unmount();
    await act(async () => answer.reject(new Error('denied')));
    expect(execCommand).not.toHaveBeenCalled();
  });
});

describe('resetAfterMs', () => {
  beforeEach(() => {
    stubClipboard(() => Promise.resolve());
  });

  it.each([
    ['2³¹ ms', 2 ** 31],
    ['a year', 365 * 24 * 3600 * 1000],
  ])(
    'above the longest timer (%s) keeps the outcome for that longest timer, not an instant reset',
    async (_name, resetAfterMs) => {
      const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs }));
      await act(() => result.current.copy('req_1'));
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(result.current.state).toBe('copied');
      await act(() => vi.advanceTimersByTimeAsync(MAX_TIMER_MS - 1000));
      expect(result.current.state).toBe('idle');
    },
  );

  it.each([
    ['NaN', Number.NaN],
    ['a string', '500'],
    ['null', null],
    ['an object', { valueOf: (): number => 500 }],
    ['a Symbol', Symbol('reset')],
  ])('that is %s is ignored: the outcome resets after the default 2000 ms', async (_name, resetAfterMs) => {
    const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs: resetAfterMs as never }));
    await act(() => result.current.copy('req_1'));
    await act(() => vi.advanceTimersByTimeAsync(1999));
    expect(result.current.state).toBe('copied');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current.state).toBe('idle');
  });

  // As before: only the Infinity case has a test of its own in copy-hook.test.tsx.
  it.each([
    ['zero', 0],
    ['negative', -500],
  ])('that is %s keeps the outcome until the next copy', async (_name, resetAfterMs) => {
    const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs }));
    await act(() => result.current.copy('req_1'));
    expect(vi.getTimerCount()).toBe(0);
    expect(result.current.state).toBe('copied');
  });
});
