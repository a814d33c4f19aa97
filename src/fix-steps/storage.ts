// Persistence of checklist progress lives with the checklist and its state hook.
export { type FixStepsStorage, fingerprintSteps } from './QbdFixSteps.js';
