// The React components and, for convenience, the whole pure core. Server
// Components get src/server/index.ts instead (the `react-server` condition).
export { ConductorErrorAlert } from './alert/ConductorErrorAlert.js';
export { CopyRequestIdButton } from './copy/CopyRequestIdButton.js';
export { ConductorErrorDetails } from './details/ConductorErrorDetails.js';
export { QbdFixSteps } from './fix-steps/QbdFixSteps.js';
export * from './shared.js';
