'use client';
// Where unsaved checklist progress lives. Each checklist has a store of its
// own; inside a `FixStepsProgressScope` (ConductorErrorAlert and
// ConductorErrorDetails open one) every checklist joins the scope's store, so
// the alert's inline checklist and the checklist in its details dialog show one
// progress for one error, and the dialog's survives closing and reopening.
import { createContext, type ReactNode, useContext, useState } from 'react';

/** Checked steps by checklist id (persist key and steps' fingerprint); a new map on every change. */
export interface FixStepsProgressStore {
  /** The checked steps saved for this id, or `undefined` when none were toggled or restored yet. */
  get(id: string): readonly boolean[] | undefined;
  /** Saves the checked steps for this id and tells every subscriber. */
  set(id: string, checked: readonly boolean[]): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A store with nothing in it: what one checklist, or one scope, starts with. */
export function createFixStepsProgressStore(): FixStepsProgressStore {
  // Keyed by id, so two different checklists in one scope never overwrite each other.
  let progress = new Map<string, readonly boolean[]>();
  const listeners = new Set<() => void>();
  return {
    get: (id) => progress.get(id),
    set(id, checked) {
      progress = new Map(progress).set(id, checked);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const FixStepsProgressContext = createContext<FixStepsProgressStore | undefined>(undefined);

/** The store of the enclosing scope, else `own`. */
export function useFixStepsProgressStore(own: FixStepsProgressStore): FixStepsProgressStore {
  return useContext(FixStepsProgressContext) ?? own;
}

/**
 * Makes every checklist inside it with the same steps and `persistKey` share
 * one progress. Joins an enclosing scope rather than starting a second one, so
 * a details dialog inside an alert shares the alert's.
 */
export function FixStepsProgressScope({ children }: { children?: ReactNode }): ReactNode {
  const [own] = useState(createFixStepsProgressStore);
  return (
    <FixStepsProgressContext.Provider value={useFixStepsProgressStore(own)}>
      {children}
    </FixStepsProgressContext.Provider>
  );
}
