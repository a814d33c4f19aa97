// The checklist's state hook, for apps that draw their own checklist. It lives
// in QbdFixSteps.tsx with the checklist, its main user; its types live here.
import type { FixStepsStorage } from './storage.js';

export { useFixStepsState } from './QbdFixSteps.js';

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
