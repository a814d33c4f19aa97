// The layers of whatever an app hands over: the error a fetch layer threw, the
// response inside it, the body inside that, the record inside the body. Read
// by shape, never by importing the libraries.
import { filled, guard, httpStatus, isObject, isPlainObject, read, text } from './read.js';
import { isErrorRecord } from './recognise.js';

/**
 * Where an error record may sit below a layer, looked at in this order:
 * - `error`: the wire envelope `{ error }`, an app's `{ error: err }`, v12's
 *   APIError (`.error` is the body, `.error.error` the record);
 * - `data`: the parsed body on ofetch's FetchError, ky 2's HTTPError and an
 *   axios response; tRPC's `TRPCClientError.data`, where an `errorFormatter`
 *   puts its own fields;
 * - `response`: axios's response (its `data` is the body), or a `fetch`
 *   Response, which only gives a status and headers here;
 * - `conductorError`: where an app's tRPC `errorFormatter` or GraphQL
 *   `extensions` nest Conductor's fields;
 * - `errors`, `graphQLErrors`: GraphQL errors, as Apollo Client 4's
 *   CombinedGraphQLErrors and Apollo Client 3's ApolloError list them, and
 *   `extensions` on each;
 * - `cause`: an `Error` thrown with the body (or another error) as its cause.
 */
const EDGES = ['error', 'data', 'response', 'conductorError', 'errors', 'graphQLErrors', 'extensions', 'cause'];

/**
 * How many layers are looked at, at most. An axios error's record is the 4th,
 * an Apollo error's nested record about the 6th; the bound ends cycles and
 * keeps a huge or endless structure (a getter making a new object on each
 * read) from costing more than a few reads.
 */
const MAX_LAYERS = 16;

/** What the layers of an input say, outermost first. */
export interface Layers {
  /** Every layer looked at, the input (or the object its JSON text holds) first. */
  layers: object[];
  /** The first layer that is recognisably a Conductor error record. */
  record: object | undefined;
  /**
   * The HTTP status of the outermost response around the record: a layer's
   * `status` beside its `headers` (a bare `status` is too common a field
   * name), as v12's APIError, an axios response and a `fetch` Response have it.
   */
  status: number | undefined;
  /** The `conductor-request-id` header of the outermost response that has one. */
  requestId: string | undefined;
  /** The first non-blank `message` of a plain data object (parsed JSON), for the `messageIsUserFacing` opt-in. */
  plainMessage: string | undefined;
}

/** Text that holds a JSON object or array, parsed; anything else as it is. Text that is no JSON is not kept. */
const parsed = (value: unknown): unknown => (typeof value === 'string' ? guard(() => JSON.parse(value)) : value);

/**
 * The value of a `conductor-request-id` header: on a plain object or axios's
 * AxiosHeaders as a property (both lower-case their names), else through a
 * `Headers`-like `get`, which ignores case.
 */
const requestIdHeader = (headers: object): string | undefined =>
  text(headers, 'conductor-request-id') ??
  guard(() => filled((headers as { get(name: string): unknown }).get('conductor-request-id')));

/** Queues what was found at a layer: a list's items each as a layer of their own (GraphQL errors), any other value as one. */
const enqueue = (queue: unknown[], value: unknown): void => {
  const items = guard(() => Array.isArray(value) && value.slice(0, MAX_LAYERS));
  if (items) queue.push(...items);
  else queue.push(value);
};

/**
 * Looks at the layers of `input` outermost first (breadth first), up to the
 * first error record, and reads the response around it. A JSON string is
 * parsed at any layer: a backend may forward the body as text.
 */
export const walkLayers = (input: unknown, wantPlainMessage: boolean): Layers => {
  const found: Layers = {
    layers: [],
    record: undefined,
    status: undefined,
    requestId: undefined,
    plainMessage: undefined,
  };
  const { layers } = found;
  const queue: unknown[] = [];
  // The input may itself be a list: GraphQL errors as Apollo Client 3's `result.errors` gives them.
  enqueue(queue, parsed(input));
  for (let next = 0; next < queue.length && layers.length < MAX_LAYERS; next++) {
    const layer = queue[next];
    // Any object counts, arrays, functions and Proxies included; a layer seen before is a cycle.
    if (!isObject(layer) || layers.includes(layer)) continue;
    layers.push(layer);
    const headers = read(layer, 'headers');
    if (isObject(headers)) {
      found.status ??= httpStatus(read(layer, 'status'));
      found.requestId ??= requestIdHeader(headers);
    }
    // Checked only for the opt-in: a prototype look per layer is not free.
    if (wantPlainMessage && found.plainMessage === undefined && isPlainObject(layer)) {
      found.plainMessage = text(layer, 'message');
    }
    if (isErrorRecord(layer)) {
      found.record = layer;
      break;
    }
    for (const edge of EDGES) {
      const below = parsed(read(layer, edge));
      if (isObject(below)) enqueue(queue, below);
    }
  }
  return found;
};
