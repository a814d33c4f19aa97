// Everything the main entry and the Server Component entry both export: all
// but the four components that take an `error`, which each entry gives in its
// own form. Nothing here reaches the details dialog's module other than by
// type, so the Server Component entry does not pull Radix into a page's first
// load (webpack in Next.js ships every Client Component such an entry reaches).
export type { ConductorErrorAlertProps } from './alert/ConductorErrorAlert.js';
export type {
  CopyRequestIdButtonProps,
  CopyRequestIdContent,
  CopyRequestIdStrings,
} from './copy/CopyRequestIdButton.js';
export {
  type CopyState,
  type CopyToClipboard,
  type UseCopyToClipboardOptions,
  useCopyToClipboard,
} from './copy/useCopyToClipboard.js';
export * from './core/index.js';
export type { ConductorErrorDetailsProps } from './details/ConductorErrorDetails.js';
export type { QbdFixStepsProps, QbdFixStepsStrings } from './fix-steps/QbdFixSteps.js';
export {
  type FixStepsState,
  type FixStepsStorage,
  fingerprintSteps,
  type UseFixStepsStateOptions,
  useFixStepsState,
} from './fix-steps/useFixStepsState.js';
export { es } from './i18n/es.js';
export { fr } from './i18n/fr.js';
export { mergeStrings } from './i18n/merge.js';
export { type ConductorErrorStringOverrides, type ConductorErrorStrings, en } from './i18n/strings.js';
export { ConductorErrorProvider, type ConductorErrorProviderProps } from './provider/ConductorErrorProvider.js';
export { type ConductorErrorConfig, useConductorErrorConfig, useConductorErrorStrings } from './provider/context.js';
export { type ConductorErrorView, useConductorError } from './use-conductor-error.js';
