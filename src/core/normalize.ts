import { isConductorRecord, readErrorType, severityOf } from './normalize/error-type.js';
import {
  envelopeLayers,
  findConnectionFailure,
  readTransportFacts,
  type TransportFacts,
  toRoot,
} from './normalize/locate.js';
import { readProperty, readStatusCode, readString, readText } from './normalize/read.js';
import { type ConductorErrorType, DEFAULT_USER_FACING_MESSAGE, type NormalizedConductorError } from './types.js';

/** The fields a reader found; an absent one may be `undefined`, but a text given must be a string. */
type FoundFields = Partial<Omit<NormalizedConductorError, 'type' | 'severity'>>;

/**
 * The output in one fixed key order, so outputs compare equal: no developer
 * message and Conductor's generic user-facing text unless found, and `severity`
 * derived from `type`.
 */
function normalized(type: ConductorErrorType, found: FoundFields): NormalizedConductorError {
  return {
    message: '',
    userFacingMessage: DEFAULT_USER_FACING_MESSAGE,
    type,
    code: undefined,
    httpStatusCode: undefined,
    integrationCode: undefined,
    requestId: undefined,
    ...found,
    severity: severityOf(type),
  };
}

/**
 * A Conductor error record: the API object, the body inside the wire envelope
 * or a v12 APIError, or a v11 class instance (also as JSON). Its own fields
 * win; the response around it fills in status and request id (v12 keeps the
 * request id in the `conductor-request-id` header, v11 in its `headers`).
 * A recognisable record of a type newer than this library keeps its text and
 * code and is called unknown.
 */
function fromRecord(record: object, facts: TransportFacts): NormalizedConductorError {
  return normalized(readErrorType(record) ?? 'UNKNOWN_ERROR', {
    message: readString(record, 'message') ?? '',
    // Only the record's own user-facing text: never `message`, which may hold SQL, keys or stack traces.
    userFacingMessage: readText(record, 'userFacingMessage') ?? DEFAULT_USER_FACING_MESSAGE,
    code: readText(record, 'code'),
    httpStatusCode: readStatusCode(record, 'httpStatusCode') ?? facts.httpStatusCode,
    integrationCode: readText(record, 'integrationCode'),
    requestId: readText(record, 'requestId') ?? facts.requestId,
  });
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
  const root = toRoot(input);
  // Not an object and no JSON object: a number, a symbol, plain text. Its text is not kept anywhere.
  if (root === undefined) return normalized('UNKNOWN_ERROR', {});
  const layers = envelopeLayers(root);
  const facts = readTransportFacts(layers);
  const record = layers.find(isConductorRecord);
  if (record !== undefined) return fromRecord(record, facts);
  const failure = findConnectionFailure(layers);
  if (failure !== undefined) {
    // v12 keeps the network error (ECONNREFUSED, ...) as `cause.code`, where v11 puts it in `code`.
    const networkCode = readText(readProperty(failure, 'cause'), 'code');
    return normalized('CONNECTION_ERROR', {
      ...facts,
      message: readString(failure, 'message') ?? '',
      code: networkCode,
    });
  }
  // A plain Error or `{ message }`: the message stays for logs, the user sees only the generic text.
  const message = layers.map((layer) => readString(layer, 'message')).find((found) => found !== undefined);
  return normalized('UNKNOWN_ERROR', { ...facts, message: message ?? '' });
}
