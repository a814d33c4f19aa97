// An app's callback that throws or rejects is reported, never rethrown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callSafely } from '../../src/utils/call-safely.js';
import { expectConsole } from '../setup/fail-on-console.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('callSafely', () => {
  it('passes the arguments through', () => {
    const callback = vi.fn();
    callSafely('onCopy', callback, 'req_1');
    expect(callback).toHaveBeenCalledWith('req_1');
  });

  it('reports a synchronous throw once, naming the callback, and returns normally', () => {
    expect(() =>
      callSafely('onRetry', () => {
        throw new Error('tracker down');
      }),
    ).not.toThrow();
    const messages = expectConsole();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("the app's onRetry callback failed");
    expect(messages[0]).toContain('tracker down');
  });

  it('reports a rejected promise once instead of leaving it unhandled', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    callSafely('onError', async () => {
      throw new Error('network');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    const messages = expectConsole();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("the app's onError callback failed");
  });

  it('survives a returned object whose `then` getter throws', () => {
    const hostile = Object.defineProperty({}, 'then', {
      get() {
        throw new Error('trap');
      },
    });
    expect(() => callSafely('onComplete', () => hostile)).not.toThrow();
    expect(expectConsole()).toHaveLength(1);
  });

  it.each([undefined, null, 'yes', 42, {}])('ignores a callback that is not a function (%s)', (callback) => {
    expect(() => callSafely('onRetry', callback as never)).not.toThrow();
    expect(expectConsole()).toEqual([]);
  });
});
