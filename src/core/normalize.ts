import { httpStatus, isPlainObject, read, text } from './normalize/read.js';
import { errorType, isConnectionFailure } from './normalize/recognise.js';
import { walkLayers } from './normalize/walk.js';
import { DEFAULT_USER_FACING_MESSAGE, type NormalizedConductorError } from './types.js';

export { filled, guard, read, text } from './normalize/read.js';

/** Options of `normalizeConductorError` (and of everything that reads an error through it). */
export interface NormalizeConductorErrorOptions {
  /**
   * Read `message` as the end-user text where no `userFacingMessage` exists,
   * for a backend that follows Conductor's documented handlers: its Express
   * handler sends `{ error: { message: error.userFacingMessage } }`, its
   * Apollo `formatError` puts the user-facing text in each GraphQL error's
   * `message`. Only a `message` that came over the wire counts (one on a plain
   * data object, as `JSON.parse` makes them), never that of an `Error` such as
   * axios's "Request failed with status code 500". Off by default: anywhere
   * else `message` is developer text that can hold SQL, keys or stack traces.
   * Only `true` turns it on.
   */
  messageIsUserFacing?: boolean;
}

/**
 * One well-typed error from anything a backend, an SDK or a fetch layer hands
 * over: the API error object, the `{ error }` wire envelope, either as a JSON
 * string, conductor-node v11 class instances (also after a JSON round trip or
 * wrapped as `{ error: err }`), v12 APIError instances (also as JSON), both
 * SDKs' failures to reach Conductor (`CONNECTION_ERROR`), and what fetch
 * layers throw around such a body: axios's `response.data`, the `data` of
 * ofetch, ky 2 and tRPC (also `data.conductorError`), `cause` chains, and
 * GraphQL `errors[]` / `graphQLErrors[]` with the fields on `extensions` or
 * `extensions.conductorError` (Apollo Client 4 and 3, also a bare list of
 * them, as Apollo Client 3's `result.errors`). The status and the
 * `conductor-request-id` header come from the response when the record lacks
 * them. For a `fetch` Response whose body is unread, use `readConductorError`.
 *
 * An error counts as Conductor's when it has a `userFacingMessage`, a known
 * `type`/`rawType` (or v11 class name), or a `code` with a `requestId`. One of
 * an API type this library does not know keeps its text and code as
 * `UNKNOWN_ERROR` (logged as an error). Anything else gives `UNKNOWN_ERROR`
 * with Conductor's generic text; `message` is never shown in its place unless
 * `messageIsUserFacing` is `true`. Fields of the wrong type count as absent.
 * Never throws; applying it to its own output changes nothing.
 */
export const normalizeConductorError = (
  input: unknown,
  options?: NormalizeConductorErrorOptions,
): NormalizedConductorError => {
  const messageIsUserFacing = read(options, 'messageIsUserFacing') === true;
  const { layers, record, status, requestId, plainMessage } = walkLayers(input, messageIsUserFacing);
  // Else conductor-node v12's failure to reach Conductor, which has no record.
  const failure = record ? undefined : layers.find(isConnectionFailure);
  const source = record ?? failure;
  const type = (record ? errorType(record) : failure && 'CONNECTION_ERROR') ?? 'UNKNOWN_ERROR';
  // With the opt-in, the record's own message if it came over the wire, else the first one that did.
  const wireMessage = messageIsUserFacing
    ? ((isPlainObject(record) ? text(record, 'message') : undefined) ?? plainMessage)
    : undefined;
  return {
    // The record's or failure's own; for anything else the first, kept for logs only.
    message:
      (source ? [source] : layers).map((layer) => read(layer, 'message')).find((found) => typeof found === 'string') ??
      '',
    // Only the record's own user-facing text: never `message`, which may hold SQL, keys or stack traces.
    userFacingMessage: text(record, 'userFacingMessage') ?? wireMessage ?? DEFAULT_USER_FACING_MESSAGE,
    type,
    // v12 keeps a failure's network error (ECONNREFUSED, ...) as `cause.code`; v11's is a record.
    code: text(record ?? read(failure, 'cause'), 'code'),
    httpStatusCode: httpStatus(read(record, 'httpStatusCode')) ?? status,
    integrationCode: text(record, 'integrationCode'),
    requestId: text(record, 'requestId') ?? requestId,
    // Only the end user can fix a connection problem on their own PC, as Conductor's docs say.
    severity: type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error',
  };
};
