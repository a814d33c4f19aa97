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
 * The storage to use: the adapter when given, else `window.localStorage` (whose
 * mere access throws in some privacy modes), else none.
 */
export function resolveStorage(storage: FixStepsStorage | undefined): FixStepsStorage | undefined {
  if (storage) return storage;
  try {
    return typeof window === 'undefined' ? undefined : (window.localStorage ?? undefined);
  } catch {
    return undefined;
  }
}

/**
 * The saved progress for `count` steps, or `undefined` when there is none, the
 * storage throws, or the value is not exactly `count` booleans.
 */
export function readProgress(storage: FixStepsStorage, key: string, count: number): boolean[] | undefined {
  let raw: unknown;
  try {
    raw = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== count) return undefined;
  return parsed.every((value) => typeof value === 'boolean') ? parsed : undefined;
}

/**
 * Saves progress; nothing checked removes the entry instead of storing noise.
 * Returns `false` when the storage refused, so the caller can stay in memory.
 */
export function writeProgress(storage: FixStepsStorage, key: string, checked: readonly boolean[]): boolean {
  try {
    if (checked.some(Boolean)) storage.setItem(key, JSON.stringify(checked));
    else storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
