// The package as a Server Component imports it (the `react-server` export
// condition, which Next.js and other React Server Components bundlers set):
// the same exports as the main entry, with the four components that take an
// `error` replaced by server wrappers that let only its end-user-safe fields
// cross to the browser.
export * from '../shared.js';
export { ConductorErrorAlert, ConductorErrorDetails, CopyRequestIdButton, QbdFixSteps } from './components.js';
