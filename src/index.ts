// The React components and, for convenience, the whole pure core.
export { ConductorErrorAlert, type ConductorErrorAlertProps } from './alert/ConductorErrorAlert.js';
export {
  CopyRequestIdButton,
  type CopyRequestIdButtonProps,
  type CopyRequestIdContent,
  type CopyRequestIdStrings,
} from './copy/CopyRequestIdButton.js';
export {
  type CopyState,
  type CopyToClipboard,
  type UseCopyToClipboardOptions,
  useCopyToClipboard,
} from './copy/useCopyToClipboard.js';
export * from './core/index.js';
export { ConductorErrorDetails, type ConductorErrorDetailsProps } from './details/ConductorErrorDetails.js';
export { QbdFixSteps, type QbdFixStepsProps, type QbdFixStepsStrings } from './fix-steps/QbdFixSteps.js';
export {
  type FixStepsState,
  type FixStepsStorage,
  fingerprintSteps,
  type UseFixStepsStateOptions,
  useFixStepsState,
} from './fix-steps/useFixStepsState.js';
export { es } from './i18n/es.js';
export { type ConductorErrorStringOverrides, type ConductorErrorStrings, en } from './i18n/strings.js';
export {
  ConductorErrorProvider,
  type ConductorErrorProviderProps,
  mergeStrings,
} from './provider/ConductorErrorProvider.js';
export { type ConductorErrorConfig, useConductorErrorConfig, useConductorErrorStrings } from './provider/context.js';
export { type ConductorErrorView, useConductorError } from './use-conductor-error.js';
