'use client';
// The checklist's state: which steps are checked, controlled or not, and the
// progress saved for one set of steps. QbdFixSteps uses it; so can apps that
// draw their own checklist.
import { useEffect, useState } from 'react';

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
  /** Called with the whole new state on every change. */
  onCheckedChange?: ((checked: boolean[]) => void) | undefined;
  /** Called when a change checks the last unchecked step. */
  onComplete?: (() => void) | undefined;
  /** Saves uncontrolled progress under this key so it survives a reload; `window.localStorage` unless `storage` is given. */
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
  /** Flips the step at this index. */
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

/** Exactly `count` booleans from whatever was given: a wrong length or type never breaks the checklist. */
const toList = (values: readonly unknown[] | undefined, count: number): boolean[] =>
  Array.from({ length: count }, (_, index) => values?.[index] === true);

/**
 * The checked state of a fix-steps checklist, controlled or uncontrolled, with
 * optional persistence. Saved progress is read only after mount, so the server
 * and the first client render agree (all unchecked) and hydration never
 * mismatches. Progress is saved as one "0"/"1" per step; storage that throws
 * (blocked, full) or holds anything else leaves the state in memory.
 */
export function useFixStepsState(options: UseFixStepsStateOptions): FixStepsState {
  const { count, checked, defaultChecked, onCheckedChange, onComplete, persistKey, storage, fingerprint } = options;
  // Local ticks belong to one set of steps and one key: other steps start over.
  const id = `${persistKey ?? 'default'}:${fingerprint ?? count}`;
  // A storage adapter alone also persists: the fingerprint keeps its entries apart.
  const key = (persistKey ?? storage) && `conductor-error-ui:fix-steps:${id}`;
  const [local, setLocal] = useState<[string, boolean[]]>();
  const values = checked ? toList(checked, count) : local?.[0] === id ? local[1] : toList(defaultChecked, count);
  const doneCount = values.filter(Boolean).length;
  const complete = count > 0 && doneCount === count;
  // Read inside a `try`: merely reading `localStorage` throws in some privacy modes.
  const store = () => (key && !checked ? (storage ?? localStorage) : undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `id` covers the key and the count; not `storage`, as an inline adapter object must not re-run the restore on every render.
  useEffect(() => {
    try {
      const saved = store()?.getItem(key as string);
      // Exactly one "0" or "1" per step, or it is not ours to use.
      if (saved?.length === count && !/[^01]/.test(saved)) setLocal([id, [...saved].map((char) => char === '1')]);
    } catch {
      // Blocked storage: nothing saved that we can use.
    }
  }, [id, !checked]);

  const toggle = (index: number) => {
    const next = values.map((value, i) => value !== (i === index));
    setLocal([id, next]);
    try {
      // Nothing checked removes the entry instead of storing noise.
      if (next.includes(true)) store()?.setItem(key as string, next.map(Number).join(''));
      else store()?.removeItem(key as string);
    } catch {
      // Full or blocked: the progress stays in memory.
    }
    onCheckedChange?.(next);
    // This change checks the last unchecked step.
    if (!values[index] && doneCount + 1 === count) onComplete?.();
  };

  return { checked: values, toggle, doneCount, complete };
}
