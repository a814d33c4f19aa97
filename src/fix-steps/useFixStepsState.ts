// The checklist's state hook, for apps that draw their own checklist; it lives
// with the checklist, which is its main user.
export { type FixStepsState, type UseFixStepsStateOptions, useFixStepsState } from './QbdFixSteps.js';
