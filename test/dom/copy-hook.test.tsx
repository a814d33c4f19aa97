// useCopyToClipboard on its own, in jsdom: the honest outcome where nothing can
// copy, the reset to idle, and the reset timer's clean-up. Fake timers count the
// pending timers; no test measures time. The timer tests give jsdom a working
// Clipboard API, because jsdom's own focus and selection code (run by the
// execCommand fallback) starts timers of its own.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCopyToClipboard } from '../../src/copy/useCopyToClipboard.js';

describe('useCopyToClipboard', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  /** A Clipboard API that accepts every write, as a browser with permission has. */
  function grantClipboard(): void {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.resolve() },
    });
  }

  it('starts idle, resolves false and reports failed when no mechanism can copy', async () => {
    const onCopyError = vi.fn();
    const { result } = renderHook(() => useCopyToClipboard({ onCopyError }));
    expect(result.current.state).toBe('idle');
    let copied: boolean | undefined;
    await act(async () => {
      copied = await result.current.copy('req_1');
    });
    expect(copied).toBe(false);
    expect(result.current.state).toBe('failed');
    expect(onCopyError).toHaveBeenCalledTimes(1);
    expect(onCopyError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
  });

  it('returns to idle after resetAfterMs', async () => {
    const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs: 500 }));
    await act(() => result.current.copy('req_1'));
    expect(result.current.state).toBe('failed');
    act(() => vi.advanceTimersByTime(499));
    expect(result.current.state).toBe('failed');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.state).toBe('idle');
  });

  it('keeps the outcome when resetAfterMs is not a positive finite number', async () => {
    grantClipboard();
    const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs: Number.POSITIVE_INFINITY }));
    await act(() => result.current.copy('req_1'));
    expect(vi.getTimerCount()).toBe(0);
    expect(result.current.state).toBe('copied');
  });

  it('clears the pending reset on a new copy, so only one timer is ever pending', async () => {
    grantClipboard();
    const { result } = renderHook(() => useCopyToClipboard());
    await act(() => result.current.copy('req_1'));
    expect(vi.getTimerCount()).toBe(1);
    await act(() => result.current.copy('req_2'));
    expect(vi.getTimerCount()).toBe(1);
  });

  it('clears the pending reset on unmount', async () => {
    grantClipboard();
    const { result, unmount } = renderHook(() => useCopyToClipboard());
    await act(() => result.current.copy('req_1'));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not start a timer for a copy that finishes after unmount', async () => {
    grantClipboard();
    const { result, unmount } = renderHook(() => useCopyToClipboard());
    let pending: Promise<boolean> = Promise.resolve(true);
    act(() => {
      pending = result.current.copy('req_1');
    });
    unmount();
    await act(() => pending);
    expect(vi.getTimerCount()).toBe(0);
  });
});
