'use client';
// The checklist's state: which steps are checked, controlled or not, and the
// progress saved for one set of steps. QbdFixSteps uses it; so can apps that
// draw their own checklist.
import { useCallback, useEffect, useInsertionEffect, useRef, useState, useSyncExternalStore } from 'react';
import { callSafely } from '../utils/call-safely.js';
import { createFixStepsProgressStore, type FixStepsProgressStore, useFixStepsProgressStore } from './progress-store.js';

/** The part of the Web Storage API the checklist uses; `localStorage` and `sessionStorage` fit. */
export interface FixStepsStorage {
  /** The stored value, or `null` when there is none. */
  getItem(key: string): string | null;
  /** Stores a value; may throw when the storage is full or blocked. */
  setItem(key: string, value: string): void;
  /** Forgets a value. */
  removeItem(key: string): void;
}

/** Options of `useFixStepsState`. */
export interface UseFixStepsStateOptions {
  /** How many steps the checklist has. */
  count: number;
  /** Controlled state: which steps are checked. Makes the hook ignore its own state and persistence. */
  checked?: readonly boolean[] | undefined;
  /** Uncontrolled initial state; missing entries count as unchecked. */
  defaultChecked?: readonly boolean[] | undefined;
  /** Called with the whole new state on every change. A throw or a rejected promise is reported, never rethrown. */
  onCheckedChange?: ((checked: boolean[]) => void) | undefined;
  /** Called when a change checks the last unchecked step. A throw or a rejected promise is reported, never rethrown. */
  onComplete?: (() => void) | undefined;
  /**
   * Saves uncontrolled progress under this key so it survives a reload;
   * `window.localStorage` unless `storage` is given. A number is used as its
   * digits; any other value that is not a string (a Symbol, an object) saves
   * nothing and keeps the progress in memory.
   */
  persistKey?: string | undefined;
  /** A Storage-compatible adapter to persist to instead of `window.localStorage`; persists even without `persistKey`. */
  storage?: FixStepsStorage | undefined;
  /** Identifies the steps (see `fingerprintSteps`), so saved progress of other steps is not reused. */
  fingerprint?: string | undefined;
}

/** What `useFixStepsState` returns. */
export interface FixStepsState {
  /** One entry per step, `true` when checked. */
  checked: boolean[];
  /** Flips the step at this index. The same function on every render, so memoized rows can keep it. */
  toggle: (index: number) => void;
  /** How many steps are checked. */
  doneCount: number;
  /** Whether there are steps and all of them are checked. */
  complete: boolean;
}

/**
 * A short fingerprint of the steps (32-bit FNV-1a over their texts), so the
 * progress saved for one message is never applied to a different one.
 */
export function fingerprintSteps(texts: readonly string[]): string {
  let hash = 0x811c9dc5;
  // Hashed as JSON, whose quotes and commas keep ["ab", "c"] and ["a", "bc"] apart.
  for (const char of JSON.stringify(texts)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Every saved key starts with this, so the library's entries are easy to find and clear. */
const STORAGE_PREFIX = 'conductor-error-ui:fix-steps:';

/** Exactly `count` booleans from whatever was given: a wrong length or type, or a throwing getter, never breaks the checklist. */
function toList(values: unknown, count: number): boolean[] {
  const list = Array.from({ length: count }, () => false);
  try {
    for (let index = 0; index < count; index++) list[index] = (values as ArrayLike<unknown> | null)?.[index] === true;
  } catch {
    // A getter or Proxy trap that throws: the steps not read yet stay unchecked.
  }
  return list;
}

/** The key's text, or `undefined` (no persistence) for what cannot be a key; never throws on a Symbol or an object. */
function toPersistKey(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** Everything `toggle` needs, as of the last committed render. */
interface Latest
  extends Pick<UseFixStepsStateOptions, 'checked' | 'defaultChecked' | 'onCheckedChange' | 'onComplete'> {
  id: string;
  key: string | undefined;
  count: number;
  storage: unknown;
  store: FixStepsProgressStore;
}

/** The checked steps now: the app's when controlled, else the store's for this id, else the defaults. */
function currentValues(latest: Latest): boolean[] {
  const { checked, defaultChecked, count, store, id } = latest;
  if (checked) return toList(checked, count);
  const saved = store.get(id);
  return saved?.length === count ? [...saved] : toList(defaultChecked, count);
}

/**
 * Runs `use` on the storage to persist to, when this checklist persists: inside
 * a `try`, as merely reading `localStorage` throws in some privacy modes, and a
 * full or blocked storage throws on writes. Either way the progress stays in memory.
 */
function withStorage({ key, storage, checked }: Latest, use: (target: FixStepsStorage, key: string) => void): void {
  if (!key || checked) return;
  try {
    use((storage ?? localStorage) as FixStepsStorage, key);
  } catch {
    // Blocked or full storage: memory only.
  }
}

/**
 * The checked state of a fix-steps checklist, controlled or uncontrolled, with
 * optional persistence. Saved progress is read only after mount, so the server
 * and the first client render agree (all unchecked) and hydration never
 * mismatches. Progress is saved as one "0"/"1" per step; storage that throws
 * (blocked, full) or holds anything else leaves the state in memory. Inside a
 * `ConductorErrorAlert` or `ConductorErrorDetails`, checklists of the same
 * steps share one progress; callbacks fire once per click, from the checklist
 * clicked.
 */
export function useFixStepsState(options: UseFixStepsStateOptions): FixStepsState {
  const { checked, defaultChecked, onCheckedChange, onComplete, storage, fingerprint } = options;
  const count = Number.isSafeInteger(options.count) && options.count > 0 ? options.count : 0;
  const persistKey = toPersistKey(options.persistKey);
  // Local ticks belong to one set of steps and one key: other steps start over.
  const id = `${persistKey ?? 'default'}:${typeof fingerprint === 'string' ? fingerprint : count}`;
  // A storage adapter alone also persists: the fingerprint keeps its entries apart.
  const key = persistKey !== undefined || storage ? `${STORAGE_PREFIX}${id}` : undefined;
  const [own] = useState(createFixStepsProgressStore);
  const store = useFixStepsProgressStore(own);
  const readSaved = () => store.get(id);
  // Subscribed so a click in another checklist of the same scope shows here too.
  useSyncExternalStore(store.subscribe, readSaved, readSaved);
  const latest: Latest = { checked, defaultChecked, onCheckedChange, onComplete, id, key, count, storage, store };
  const values = currentValues(latest);
  const doneCount = values.filter(Boolean).length;

  // `toggle` reads the last committed options through a ref, so it can stay one
  // function for the rows' memo. Updated before any event can reach it; a no-op on the server.
  const ref = useRef(latest);
  useInsertionEffect(() => {
    ref.current = latest;
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `id` covers the key and the count; not `storage`, as an inline adapter object must not re-run the restore on every render.
  useEffect(() => {
    const now = ref.current;
    // Progress already in memory (a click, or another checklist of the scope) wins over storage.
    if (now.store.get(now.id)) return;
    withStorage(now, (target, storageKey) => {
      const saved: unknown = target.getItem(storageKey);
      // Exactly one "0" or "1" per step, or it is not ours to use.
      if (typeof saved === 'string' && saved.length === now.count && !/[^01]/.test(saved)) {
        now.store.set(
          now.id,
          [...saved].map((char) => char === '1'),
        );
      }
    });
  }, [id, !checked]);

  const toggle = useCallback((index: number) => {
    const now = ref.current;
    const before = currentValues(now);
    if (!(index >= 0 && index < before.length)) return;
    const next = before.map((value, i) => value !== (i === index));
    if (!now.checked) now.store.set(now.id, next);
    withStorage(now, (target, storageKey) => {
      // Nothing checked removes the entry instead of storing noise.
      if (next.includes(true)) target.setItem(storageKey, next.map(Number).join(''));
      else target.removeItem(storageKey);
    });
    // A copy: the app may keep or change the array it is given without touching ours.
    callSafely('onCheckedChange', now.onCheckedChange, [...next]);
    // This change checks the last unchecked step.
    if (!before[index] && next.every(Boolean)) callSafely('onComplete', now.onComplete);
  }, []);

  return { checked: values, toggle, doneCount, complete: count > 0 && doneCount === count };
}
