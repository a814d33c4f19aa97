// The server side of "pass the error JSON as a prop": what a backend's global
// error handler sends its front end for an error thrown by conductor-node.
import { type NormalizeConductorErrorOptions, normalizeConductorError, read } from './normalize.js';
import type { ConductorErrorType } from './types.js';

/**
 * Options for `toConductorErrorResponse`. With `messageIsUserFacing: true` a
 * server re-shapes a body that follows Conductor's documented handlers
 * (`{ error: { message } }`) into one with a `userFacingMessage`.
 */
export interface ConductorErrorResponseOptions extends NormalizeConductorErrorOptions {
  /**
   * Also send the developer `message`. Off by default: it can hold SQL, API
   * keys or stack traces. Turn it on only for responses that reach developers,
   * such as an internal admin tool.
   */
  exposeDeveloperMessage?: boolean;
}

/**
 * The `error` object of the body: Conductor's own field names, so
 * `normalizeConductorError` (and so every component) reads it back unchanged.
 * Fields the error does not have are left out.
 */
export interface ConductorErrorResponseFields {
  /** The developer message: only with `exposeDeveloperMessage`, and only when there is one. */
  message?: string;
  /** The text for the end user; never empty. */
  userFacingMessage: string;
  /** The error's category. */
  type: ConductorErrorType;
  /** Conductor's specific code, e.g. `QBD_CONNECTION_ERROR`. */
  code?: string;
  /** The HTTP status Conductor answered with; it may differ from the response's own `status`. */
  httpStatusCode?: number;
  /** The raw code from QuickBooks Desktop or the Web Connector, e.g. `0x80040420`. */
  integrationCode?: string;
  /** Conductor's id for the failed request, for support tickets. */
  requestId?: string;
}

/** The JSON body to send: the same `{ error: {...} }` envelope Conductor's API uses. */
export interface ConductorErrorResponseBody {
  /** The error's end-user-safe fields. */
  error: ConductorErrorResponseFields;
}

/** What to answer the front end with: an HTTP status and a JSON body. */
export interface ConductorErrorResponse {
  /** The HTTP status for the response; always 4xx or 5xx. */
  status: number;
  /** The JSON body, ready for `res.json(...)`. */
  body: ConductorErrorResponseBody;
}

/**
 * Turns anything a Conductor call can throw (conductor-node v11 and v12
 * errors, the API's error JSON, any shape `normalizeConductorError` reads,
 * even an unrelated `Error`) into the status and JSON body a backend sends its
 * front end. Safe for end users by default: the developer `message` is left
 * out, everything else is kept, and `normalizeConductorError(body)` gives
 * back the same error with `message: ''`. Never throws; pure, so it runs in
 * any server framework and runtime.
 *
 * @example
 * app.use((err, req, res, next) => {
 *   logger[conductorErrorLogLevel(err)](err);
 *   const { status, body } = toConductorErrorResponse(err);
 *   res.status(status).json(body);
 * });
 */
export const toConductorErrorResponse = (
  err: unknown,
  options?: ConductorErrorResponseOptions,
): ConductorErrorResponse => {
  // Options may be anything an app passes, a Proxy that throws included: each is read once, guarded, and
  // only `true` counts; the normaliser reads `messageIsUserFacing` itself.
  const exposeDeveloperMessage = read(options, 'exposeDeveloperMessage') === true;
  const error = normalizeConductorError(err, options);
  const status = error.httpStatusCode ?? 0;
  return {
    // Conductor's own status when it is a 4xx or 5xx, except 401, 403 and 407:
    // those are about the backend's own credentials (its API key), and passed
    // through they would make many front ends sign their user out (Conductor
    // already masks these errors' text as an internal error). Without one, 502
    // when Conductor or the end user's QuickBooks Desktop could not be reached
    // (our server worked, what stands behind it did not), else 500.
    status:
      status > 399 && ![401, 403, 407].includes(status) ? status : error.type.endsWith('CONNECTION_ERROR') ? 502 : 500,
    // A JSON round trip leaves out the fields the error does not have, rather than sending them as `undefined`.
    body: JSON.parse(
      JSON.stringify({
        error: {
          ...error,
          message: (exposeDeveloperMessage && error.message) || undefined,
          severity: undefined,
        },
      }),
    ),
  };
};
