// The components as a Server Component imports them (the package's
// `react-server` condition). Each reads its raw `error` on the server and
// hands the Client Component only what that component shows, so nothing else
// of the error reaches the RSC payload, the HTML or the browser.
import type { ReactNode } from 'react';
import { ConductorErrorAlert as ClientAlert, type ConductorErrorAlertProps } from '../alert/ConductorErrorAlert.js';
import { CopyRequestIdButton as ClientCopyButton, type CopyRequestIdButtonProps } from '../copy/CopyRequestIdButton.js';
import { filled } from '../core/normalize/read.js';
import type { ConductorErrorDetailsProps } from '../details/ConductorErrorDetails.js';
import { QbdFixSteps as ClientFixSteps, type QbdFixStepsProps } from '../fix-steps/QbdFixSteps.js';
import { LazyDetails } from './lazy-details.js';
import { crossingErrorProps, type ServerErrorProps, serverSafeError } from './safe-error.js';

/**
 * `ConductorErrorAlert` in a Server Component: the alert receives the error's
 * end-user-safe fields only (the developer `message` too only with
 * `showDeveloperDetails={true}`). Its details dialog still loads on first open.
 */
export function ConductorErrorAlert({
  error,
  messageIsUserFacing,
  ...props
}: ConductorErrorAlertProps & ServerErrorProps): ReactNode {
  return <ClientAlert {...props} {...crossingErrorProps(error, { ...props, messageIsUserFacing })} />;
}

/**
 * `ConductorErrorDetails` in a Server Component: the dialog receives the
 * error's end-user-safe fields only (the developer `message` too only with
 * `showDeveloperDetails={true}`). It is loaded lazily (`LazyDetails`), so
 * the dialog's code and Radix load only on pages that render it: a bundler
 * that collects every Client Component a Server Component's imports reach
 * (webpack in Next.js) would otherwise ship them with every page that imports
 * anything from this package.
 */
export function ConductorErrorDetails({
  error,
  messageIsUserFacing,
  ...props
}: ConductorErrorDetailsProps & ServerErrorProps): ReactNode {
  return <LazyDetails {...props} {...crossingErrorProps(error, { ...props, messageIsUserFacing })} />;
}

/**
 * `QbdFixSteps` in a Server Component: the checklist shows the error's
 * user-facing message only, so that text is all that crosses. `steps` still
 * wins over `message`, and `message` over `error`.
 */
export function QbdFixSteps({
  error,
  message,
  messageIsUserFacing,
  ...props
}: QbdFixStepsProps & Omit<ServerErrorProps, 'showDeveloperDetails'>): ReactNode {
  const read = props.steps === undefined && message === undefined && error !== undefined;
  const text = read ? serverSafeError(error, { messageIsUserFacing }).userFacingMessage : message;
  return <ClientFixSteps {...props} message={text} />;
}

/**
 * `CopyRequestIdButton` in a Server Component: it shows and copies the
 * request id, so only the id crosses; with `copy="supportDetails"` the
 * error's end-user-safe fields cross too, as the support details hold them.
 */
export function CopyRequestIdButton({
  error,
  requestId,
  messageIsUserFacing,
  ...props
}: CopyRequestIdButtonProps & Omit<ServerErrorProps, 'showDeveloperDetails'>): ReactNode {
  const safe = error === undefined ? undefined : serverSafeError(error, { messageIsUserFacing });
  const id = filled(requestId) ?? safe?.requestId;
  return <ClientCopyButton {...props} requestId={id} error={props.copy === 'supportDetails' ? safe : undefined} />;
}
