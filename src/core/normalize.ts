import {
  CONDUCTOR_ERROR_TYPES,
  type ConductorErrorType,
  DEFAULT_USER_FACING_MESSAGE,
  type NormalizedConductorError,
} from './types.js';

// Whatever a backend hands the front end may be a Proxy whose traps throw, an
// object with throwing getters or a revoked Proxy: every look at untrusted
// input runs inside `guard`, so none of them can make the core throw.

/** What `look` gives, or `undefined` when it throws. */
export const guard = <T>(look: () => T): T | undefined => {
  try {
    return look();
  } catch {
    // Nothing to read.
  }
};

/** One property, or `undefined` when there is none or reading it throws (null, undefined, a trap). */
export const read = (value: unknown, key: unknown): unknown =>
  guard(() => (value as Record<string, unknown>)[key as string]);

/** A string with something besides whitespace in it: an empty code or request id means "absent". */
export const filled = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/** A non-blank string property (see `filled`). */
export const text = (value: unknown, key: unknown): string | undefined => filled(read(value, key));

/** An HTTP status: an integer from 100 to 599. A numeric string ("502"), NaN or 42 counts as absent. */
const status = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) > 99 && (value as number) < 600 ? (value as number) : undefined;

/**
 * The category of an error record, from `type` or `rawType`: the API enum (on
 * the wire, in v12, and in v11's `rawType`), or a conductor-node v11 class name
 * in `type` (ConductorIntegrationConnectionError is INTEGRATION_CONNECTION_ERROR,
 * as a backend forwarding only the documented fields sends it). UNKNOWN_ERROR
 * comes last, so v11's fallback class ConductorUnknownError loses to a known
 * `rawType`. `undefined` when neither names one we know, such as an API type
 * newer than this library.
 */
const errorType = (record: unknown): ConductorErrorType | undefined =>
  CONDUCTOR_ERROR_TYPES.find((type) =>
    [read(record, 'type'), read(record, 'rawType')].some(
      (name) =>
        name === type ||
        // Case aside, a v11 class name is the enum's words after "Conductor". A
        // type check, not `guard`: a thrown and caught error per field is slow.
        (typeof name === 'string' && name.toUpperCase() === `CONDUCTOR${type.replace(/_/g, '')}`),
    ),
  );

/**
 * One well-typed error from anything a backend or SDK hands over: the API
 * error object, the `{ error }` wire envelope, either as a JSON string,
 * conductor-node v11 class instances (also after a JSON round trip or wrapped
 * as `{ error: err }`), v12 APIError instances (also as JSON), and both SDKs'
 * failures to reach Conductor (`CONNECTION_ERROR`).
 *
 * An error counts as Conductor's when it has a `userFacingMessage`, a known
 * `type`/`rawType` (or v11 class name), or a `code` with a `requestId`. One of
 * an API type this library does not know keeps its text and code as
 * `UNKNOWN_ERROR` (logged as an error). Anything else gives `UNKNOWN_ERROR`
 * with Conductor's generic text; `message` is never shown in its place. Fields
 * of the wrong type count as absent. Never throws; applying it to its own
 * output changes nothing.
 */
export const normalizeConductorError = (input: unknown): NormalizedConductorError => {
  // A backend may forward the body as text. Text that is no JSON object is not kept anywhere.
  let node = typeof input === 'string' ? guard(() => JSON.parse(input)) : input;
  // The root and the objects under `error` below it: the wire envelope, an app's
  // `{ error: err }`, v12's APIError (`.error.error` is the record). Four levels
  // reach an app-wrapped APIError's record, and end a cycle (`a.error === a`).
  const layers: object[] = [];
  // What the HTTP response around the record says, outermost first: v12's
  // `status` (only beside `headers`: a bare `status` is too common a field
  // name) and the request id header (v12 and v11; a `fetch` Headers object
  // only answers to `get`).
  let responseStatus: number | undefined;
  let responseRequestId: string | undefined;
  // Any object counts, arrays, functions and Proxies included.
  for (; layers.length < 4 && Object(node) === node; node = read(node, 'error')) {
    layers.push(node);
    const headers = read(node, 'headers') as { get(name: string): unknown };
    if (Object(headers) === headers) {
      responseStatus ??= status(read(node, 'status'));
      responseRequestId ??=
        text(headers, 'conductor-request-id') ?? guard(() => filled(headers.get('conductor-request-id')));
    }
  }
  // Recognisably a Conductor error: a non-blank `userFacingMessage` (Conductor
  // sends one with every error), a type we know, or a `code` with a
  // `requestId` (a trimmed-down error a backend forwards). A lone `message` is
  // never enough: every JavaScript error has one.
  const record = layers.find(
    (layer) =>
      text(layer, 'userFacingMessage') || errorType(layer) || (text(layer, 'code') && text(layer, 'requestId')),
  );
  // Else conductor-node v12's failure to reach Conductor: no field tells it
  // apart (an APIUserAbortError looks the same), only its class. Its name,
  // rather than `instanceof`, keeps the core free of the SDK.
  const failure = layers.find((layer) => guard(() => /^APIConnection(Timeout)?Error$/.test(layer.constructor.name)));
  const source = record ?? failure;
  const type = (record ? errorType(record) : failure && 'CONNECTION_ERROR') ?? 'UNKNOWN_ERROR';
  return {
    // The record's or failure's own; for anything else the first, kept for logs only.
    message:
      (source ? [source] : layers).map((layer) => read(layer, 'message')).find((found) => typeof found === 'string') ??
      '',
    // Only the record's own user-facing text: never `message`, which may hold SQL, keys or stack traces.
    userFacingMessage: text(record, 'userFacingMessage') ?? DEFAULT_USER_FACING_MESSAGE,
    type,
    // v12 keeps a failure's network error (ECONNREFUSED, ...) as `cause.code`; v11's is a record.
    code: text(record ?? read(failure, 'cause'), 'code'),
    httpStatusCode: status(read(record, 'httpStatusCode')) ?? responseStatus,
    integrationCode: text(record, 'integrationCode'),
    requestId: text(record, 'requestId') ?? responseRequestId,
    // Only the end user can fix a connection problem on their own PC, as Conductor's docs say.
    severity: type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error',
  };
};
