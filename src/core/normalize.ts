import {
  CONDUCTOR_ERROR_TYPES,
  type ConductorErrorType,
  DEFAULT_USER_FACING_MESSAGE,
  type NormalizedConductorError,
} from './types.js';

// Whatever a backend hands the front end may be a Proxy whose traps throw, an
// object with throwing getters or a revoked Proxy: every property read goes
// through `read`, so none of them can make the core throw.

/** One property, or `undefined` when there is none or reading it throws (null, undefined, a trap). */
export function read(value: unknown, key: unknown): unknown {
  try {
    return (value as Record<string, unknown>)[key as string];
  } catch {
    return undefined;
  }
}

/** A string with something besides whitespace in it: an empty code or request id means "absent". */
function filled(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** A non-blank string property (see `filled`). */
export function text(value: unknown, key: unknown): string | undefined {
  return filled(read(value, key));
}

/** A string property kept as it is, `''` included (the developer message). */
function string(value: unknown, key: string): string | undefined {
  const found = read(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** An HTTP status: an integer from 100 to 599. A numeric string ("502"), NaN or 42 counts as absent. */
function status(value: unknown, key: string): number | undefined {
  const found = read(value, key);
  return typeof found === 'number' && found > 99 && found < 600 && found % 1 === 0 ? found : undefined;
}

/** Whether a value is an object whose properties can be read (arrays, class instances and Proxies included). */
function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Name of the response header in which Conductor repeats the request id. */
const REQUEST_ID_HEADER = 'conductor-request-id';

/**
 * The request id from a set of response headers: a lowercase record (v11, v12's
 * Proxy over one, JSON) or a `fetch` `Headers`, which only answers to `get`. A
 * `get` that is missing or throws has no request id to give.
 */
function headerRequestId(headers: unknown): string | undefined {
  try {
    return text(headers, REQUEST_ID_HEADER) ?? filled((headers as Headers).get(REQUEST_ID_HEADER));
  } catch {
    return undefined;
  }
}

/**
 * conductor-node v11 sets `type` to its class name, one class per API type:
 * INTEGRATION_CONNECTION_ERROR is ConductorIntegrationConnectionError. Its
 * fallback class ConductorUnknownError says nothing, so it is left out and
 * `rawType`, where v11 keeps the API enum, decides.
 */
const V11_CLASS_NAMES = CONDUCTOR_ERROR_TYPES.map(
  (type) =>
    `Conductor${type.toLowerCase().replace(/(?:^|_)([a-z])/g, (_match, letter: string) => letter.toUpperCase())}`,
);

/**
 * The category of an error record: `type` (the API enum on the wire, the class
 * name in v11), then `rawType` (v11's API enum). `undefined` when neither names
 * one we know, such as an API type newer than this library.
 */
function errorType(record: unknown): ConductorErrorType | undefined {
  const name = (key: string) => {
    const value = read(record, key);
    return CONDUCTOR_ERROR_TYPES.find(
      (type, i) => value === type || (value === V11_CLASS_NAMES[i] && type !== 'UNKNOWN_ERROR'),
    );
  };
  return name('type') ?? name('rawType');
}

/**
 * Whether a record is recognisably a Conductor error: a non-blank
 * `userFacingMessage` (Conductor sends one with every error), a type we know,
 * or a `code` with a `requestId` (a trimmed-down error a backend forwards). A
 * lone `message` is never enough: every JavaScript error has one.
 */
function isConductorRecord(record: unknown): boolean {
  return !!(
    text(record, 'userFacingMessage') ||
    errorType(record) ||
    (text(record, 'code') && text(record, 'requestId'))
  );
}

/**
 * Whether a value is one of conductor-node v12's failures to reach Conductor:
 * an APIConnectionError (or its subclass APIConnectionTimeoutError). They carry
 * no field that tells them apart, only their class; matching its name instead
 * of `instanceof` keeps the core free of the SDK. Eight prototype levels at
 * most, as a Proxy could fake endless ones; a trap or a throwing static `name`
 * means no SDK class.
 */
function isConnectionFailure(value: object): boolean {
  try {
    for (
      let prototype = Object.getPrototypeOf(value), depth = 0;
      prototype && depth < 8;
      prototype = Object.getPrototypeOf(prototype), depth++
    ) {
      if ((read(prototype, 'constructor') as { name?: unknown } | undefined)?.name === 'APIConnectionError')
        return true;
    }
  } catch {
    // A getPrototypeOf trap or a static name getter threw.
  }
  return false;
}

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
export function normalizeConductorError(input: unknown): NormalizedConductorError {
  let node = input;
  // A backend may forward the body as text. Text that is no JSON object is not kept anywhere.
  if (typeof node === 'string') {
    try {
      node = JSON.parse(node);
    } catch {
      // Not JSON: nothing to read.
    }
  }
  // The root and the objects under `error` below it: the wire envelope, an app's
  // `{ error: err }`, v12's APIError (`.error.error` is the record). Four levels
  // reach an app-wrapped APIError's record, and end a cycle (`a.error === a`).
  const layers: object[] = [];
  for (let depth = 0; depth < 4 && isObject(node); depth++) {
    layers.push(node);
    node = read(node, 'error');
  }
  // What the HTTP response around the record says, outermost first: v12's
  // `status` (only beside `headers`: a bare `status` is too common a field
  // name) and the request id header (v12 and v11).
  let responseStatus: number | undefined;
  let responseRequestId: string | undefined;
  for (const layer of layers) {
    const headers = read(layer, 'headers');
    if (isObject(headers)) {
      responseStatus ??= status(layer, 'status');
      responseRequestId ??= headerRequestId(headers);
    }
  }
  const record = layers.find(isConductorRecord);
  const failure = record ? undefined : layers.find(isConnectionFailure);
  const type = record ? (errorType(record) ?? 'UNKNOWN_ERROR') : failure ? 'CONNECTION_ERROR' : 'UNKNOWN_ERROR';
  return {
    // The record's or failure's own; for anything else the first, kept for logs only.
    message:
      string(record ?? failure ?? layers.find((layer) => string(layer, 'message') !== undefined), 'message') ?? '',
    // Only the record's own user-facing text: never `message`, which may hold SQL, keys or stack traces.
    userFacingMessage: text(record, 'userFacingMessage') ?? DEFAULT_USER_FACING_MESSAGE,
    type,
    // v12 keeps a failure's network error (ECONNREFUSED, ...) as `cause.code`; v11's is a record.
    code: text(record ?? read(failure, 'cause'), 'code'),
    httpStatusCode: status(record, 'httpStatusCode') ?? responseStatus,
    integrationCode: text(record, 'integrationCode'),
    requestId: text(record, 'requestId') ?? responseRequestId,
    // Only the end user can fix a connection problem on their own PC, as Conductor's docs say.
    severity: type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error',
  };
}
