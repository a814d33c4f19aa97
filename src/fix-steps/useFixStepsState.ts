'use client';

import { useEffect, useMemo, useState } from 'react';
import { type FixStepsStorage, readProgress, storageKeyFor, writeProgress } from './storage.js';

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
  /** Flips one step. Out-of-range indexes are ignored. */
  toggle: (index: number) => void;
  /** Sets every step to one value, or to the given array (missing entries unchecked). */
  setAll: (value: boolean | readonly boolean[]) => void;
  /** How many steps are checked. */
  doneCount: number;
  /** Whether there are steps and all of them are checked. */
  complete: boolean;
}

/** Exactly `count` booleans from whatever was given: a wrong length or type never breaks the checklist. */
function toCheckedList(values: readonly unknown[] | undefined, count: number): boolean[] {
  return Array.from({ length: count }, (_, index) => Array.isArray(values) && values[index] === true);
}

function isComplete(values: readonly boolean[]): boolean {
  return values.length > 0 && values.every(Boolean);
}

/**
 * The checked state of a fix-steps checklist, controlled or uncontrolled, with
 * optional persistence. Saved progress is read only after mount, so the server
 * and the first client render agree (all unchecked) and hydration never
 * mismatches; a storage that throws or holds garbage leaves the state in memory.
 */
export function useFixStepsState(options: UseFixStepsStateOptions): FixStepsState {
  const { checked, defaultChecked, onCheckedChange, onComplete, persistKey, storage, fingerprint } = options;
  const count = Number.isFinite(options.count) && options.count > 0 ? Math.floor(options.count) : 0;
  const controlled = checked !== undefined;
  // A storage adapter alone also persists: the fingerprint keeps its entries apart.
  const storageKey =
    persistKey !== undefined || storage !== undefined
      ? storageKeyFor(persistKey ?? 'default', fingerprint ?? String(count))
      : undefined;
  // Other steps, or another key, start over instead of keeping stale ticks.
  const resetKey = `${count}|${fingerprint ?? ''}|${storageKey ?? ''}`;

  const [local, setLocal] = useState(() => ({ key: resetKey, values: toCheckedList(defaultChecked, count) }));
  let localValues = local.values;
  if (local.key !== resetKey) {
    localValues = toCheckedList(defaultChecked, count);
    setLocal({ key: resetKey, values: localValues });
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: not `storage`: an inline adapter object must not re-run the restore on every render.
  useEffect(() => {
    if (controlled || storageKey === undefined) return;
    const saved = readProgress(storage, storageKey, count);
    if (saved) setLocal({ key: resetKey, values: saved });
  }, [controlled, storageKey, count, resetKey]);

  const values = useMemo(
    () => (controlled ? toCheckedList(checked, count) : localValues),
    [controlled, checked, count, localValues],
  );
  const doneCount = values.filter(Boolean).length;
  const complete = isComplete(values);

  const update = (next: boolean[]) => {
    if (!controlled) {
      setLocal({ key: resetKey, values: next });
      if (storageKey !== undefined) writeProgress(storage, storageKey, next);
    }
    onCheckedChange?.(next);
    if (!complete && isComplete(next)) onComplete?.();
  };

  const toggle = (index: number) => {
    if (!Number.isInteger(index) || index < 0 || index >= count) return;
    update(values.map((value, i) => (i === index ? !value : value)));
  };

  const setAll = (value: boolean | readonly boolean[]) => {
    update(typeof value === 'boolean' ? Array.from({ length: count }, () => value) : toCheckedList(value, count));
  };

  return { checked: values, toggle, setAll, doneCount, complete };
}
