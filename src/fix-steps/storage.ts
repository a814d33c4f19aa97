// Persistence of checklist progress: the storage the checklist accepts, and the
// fingerprint that keeps one message's saved progress from another's. The code
// lives in QbdFixSteps.tsx with the state hook, its one user.
export { fingerprintSteps } from './QbdFixSteps.js';

/** The part of the Web Storage API the checklist uses; `localStorage` and `sessionStorage` fit. */
export interface FixStepsStorage {
  /** The stored value, or `null` when there is none. */
  getItem(key: string): string | null;
  /** Stores a value; may throw when the storage is full or blocked. */
  setItem(key: string, value: string): void;
  /** Forgets a value. */
  removeItem(key: string): void;
}
