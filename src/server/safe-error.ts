// What of an error may cross from a Server Component to the browser. Every
// prop a Client Component receives from a Server Component is serialized into
// the RSC payload inside the page's HTML, so a raw error passed on as it is
// ships all it holds: the developer `message`, a v12 error's headers, an
// axios error's request config with its API key. Only the fields the
// components show cross, read by the same function a backend's error handler
// uses for its JSON.
import {
  type ConductorErrorResponseFields,
  type ConductorErrorResponseOptions,
  toConductorErrorResponse,
} from '../core/index.js';

/** The props of a server component that decide what of its `error` crosses to the browser. */
export interface ServerErrorProps {
  /**
   * Lets the developer `message` cross to the browser, for the details dialog
   * of admin and developer screens. Only `true` does; any other value leaves it
   * on the server.
   */
  showDeveloperDetails?: boolean | undefined;
  /**
   * The backend puts the end-user text in `message`, as Conductor's documented
   * handlers do: read it as the user-facing text where there is no
   * `userFacingMessage`. Only `true` turns it on. It is applied on the server,
   * so the text crosses as the user-facing message, never as `message`.
   */
  messageIsUserFacing?: boolean | undefined;
}

/** `toConductorErrorResponse`'s options, with the opt-in a later core reads too. */
type SafeFieldOptions = ConductorErrorResponseOptions & { messageIsUserFacing?: boolean };

/**
 * The end-user-safe fields of any error value, as a plain object (a class
 * instance could not cross at all): `userFacingMessage`, `type`, `code`,
 * `httpStatusCode`, `integrationCode` and `requestId`, and the developer
 * `message` only when `showDeveloperDetails` is exactly `true`. The
 * components read it back as the same error. Never throws.
 */
export function serverSafeError(error: unknown, props: ServerErrorProps): ConductorErrorResponseFields {
  const options: SafeFieldOptions = {
    exposeDeveloperMessage: props.showDeveloperDetails === true,
    messageIsUserFacing: props.messageIsUserFacing === true,
  };
  return toConductorErrorResponse(error, options).body.error;
}

/**
 * What an alert or a details dialog sends across in place of its raw `error`
 * and opt-ins: the safe fields, and `showDeveloperDetails` as the plain
 * boolean it was read as (a truthy `"false"` or a Proxy never crosses).
 */
export function crossingErrorProps(
  error: unknown,
  props: ServerErrorProps,
): { error: ConductorErrorResponseFields; showDeveloperDetails: boolean } {
  const showDeveloperDetails = props.showDeveloperDetails === true;
  return { error: serverSafeError(error, { ...props, showDeveloperDetails }), showDeveloperDetails };
}
