// Kept for the package's entry point: persistence now lives with the state hook.
export { type FixStepsStorage, fingerprintSteps } from './useFixStepsState.js';
