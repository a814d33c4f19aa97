/**
 * Persistence of checklist progress. Every access is guarded: storage can throw
 * (SecurityError when cookies are blocked, QuotaExceededError when full) or hold
 * anything at all, and the checklist must keep working from memory regardless.
 */

/** The part of the Web Storage API the checklist uses; `localStorage` and `sessionStorage` fit. */
export interface FixStepsStorage {
  /** The stored value, or `null` when there is none. */
  getItem(key: string): string | null;
  /** Stores a value; may throw when the storage is full or blocked. */
  setItem(key: string, value: string): void;
  /** Forgets a value. */
  removeItem(key: string): void;
}

/** Keeps our keys apart from the app's own. */
const KEY_PREFIX = 'conductor-error-ui:fix-steps:';

/**
 * A short fingerprint of the steps (32-bit FNV-1a over their texts), so the
 * progress saved for one message is never applied to a different one.
 */
export function fingerprintSteps(texts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    hash = Math.imul(hash ^ 0xff, 0x01000193);
  }
  return `${texts.length}-${(hash >>> 0).toString(36)}`;
}

/** The storage key for an app's `persistKey` and the steps' fingerprint. */
export function storageKeyFor(persistKey: string, fingerprint: string): string {
  return `${KEY_PREFIX}${persistKey}:${fingerprint}`;
}

/**
 * The storage to use: the adapter when given, else `window.localStorage`, whose
 * mere access throws in some privacy modes: only call this inside a `try`.
 */
function resolveStorage(storage: FixStepsStorage | undefined): FixStepsStorage | undefined {
  return storage ?? (typeof window === 'undefined' ? undefined : window.localStorage);
}

/**
 * The saved progress for `count` steps, or `undefined` when there is none, the
 * storage throws, or the value is not exactly `count` booleans.
 */
export function readProgress(storage: FixStepsStorage | undefined, key: string, count: number): boolean[] | undefined {
  try {
    const raw: unknown = resolveStorage(storage)?.getItem(key);
    const parsed: unknown = typeof raw === 'string' ? JSON.parse(raw) : undefined;
    if (Array.isArray(parsed) && parsed.length === count && parsed.every((value) => typeof value === 'boolean')) {
      return parsed;
    }
  } catch {
    // Blocked storage or a value that is not JSON: nothing saved that we can use.
  }
  return undefined;
}

/**
 * Saves progress; nothing checked removes the entry instead of storing noise.
 * A storage that refuses (full or blocked) leaves the progress in memory only.
 */
export function writeProgress(storage: FixStepsStorage | undefined, key: string, checked: readonly boolean[]): void {
  try {
    const store = resolveStorage(storage);
    if (checked.some(Boolean)) store?.setItem(key, JSON.stringify(checked));
    else store?.removeItem(key);
  } catch {
    // Full or blocked: the progress stays in memory.
  }
}
