// Finding the error record inside whatever wraps it, and the facts that only
// the wrapping (the HTTP response) carries.

import { hasClassNamed, isObject, readProperty, readRequestIdHeader, readStatusCode } from './read.js';

/**
 * How many `error` properties deep to look. The deepest real shape is an app
 * wrapping a v12 APIError as `{ error: err }`: the record then sits at
 * `.error.error.error`, three levels down.
 */
const MAX_ENVELOPE_DEPTH = 3;

/**
 * conductor-node v12's client-side failures to reach Conductor. They carry no
 * status, headers or body, only their class; APIConnectionTimeoutError extends
 * APIConnectionError and is found through the prototype chain.
 */
const V12_CONNECTION_CLASS = 'APIConnectionError';

/** What the HTTP response around an error record says, when the record itself does not. */
export interface TransportFacts {
  /** v12 APIError's `status`: the only place its HTTP status lives when the body lacks `httpStatusCode`. */
  httpStatusCode: number | undefined;
  /** The `conductor-request-id` response header, kept in `headers` by a v12 APIError and a v11 error alike. */
  requestId: string | undefined;
}

/**
 * The object to read an error from. A string is read as JSON (a backend may
 * forward the response body as text); invalid JSON or JSON that is no object
 * gives `undefined`, so the raw text is never used as a message.
 */
export function toRoot(input: unknown): object | undefined {
  if (isObject(input)) return input;
  if (typeof input !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(input);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The root and every object nested under `error` below it, outermost first.
 * `{ error: {...} }` is the wire envelope and an app's `{ error: err }`; a v12
 * APIError keeps the parsed body in `.error`, whose own `.error` is the record.
 * The depth limit also ends a cycle (`a.error === a`).
 */
export function envelopeLayers(root: object): object[] {
  const layers: object[] = [root];
  let current: object = root;
  for (let depth = 0; depth < MAX_ENVELOPE_DEPTH; depth++) {
    const inner = readProperty(current, 'error');
    if (!isObject(inner)) break;
    layers.push(inner);
    current = inner;
  }
  return layers;
}

/**
 * The HTTP facts found on the layers, outermost first. A `status` counts only
 * beside `headers`, as on a v12 APIError: a bare `status` is too common a
 * field name to trust as an HTTP status.
 */
export function readTransportFacts(layers: readonly object[]): TransportFacts {
  let httpStatusCode: number | undefined;
  let requestId: string | undefined;
  for (const layer of layers) {
    const headers = readProperty(layer, 'headers');
    if (!isObject(headers)) continue;
    httpStatusCode ??= readStatusCode(layer, 'status');
    requestId ??= readRequestIdHeader(headers);
  }
  return { httpStatusCode, requestId };
}

/** The first layer that is one of v12's connection failures, if any. */
export function findConnectionFailure(layers: readonly object[]): object | undefined {
  return layers.find((layer) => hasClassNamed(layer, V12_CONNECTION_CLASS));
}
