// Guarded reads. Whatever a backend hands the front end may be a Proxy whose
// traps throw, an object with throwing getters or a revoked Proxy: every read
// of a property or a prototype goes through here so that none of them can make
// `normalizeConductorError` throw.

/** The lowest and highest HTTP status codes; anything else is not a real status. */
const MIN_HTTP_STATUS = 100;
const MAX_HTTP_STATUS = 599;

/** Prototype levels to inspect for class names: SDK classes sit 2–4 levels deep; a Proxy could fake endless levels. */
const MAX_PROTOTYPE_DEPTH = 8;

/** Name of the response header in which Conductor repeats the request id. */
const REQUEST_ID_HEADER = 'conductor-request-id';

/** Whether a value is an object whose properties can be read (arrays, class instances and Proxies included). */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** One property of an object, or `undefined` when the value is no object or reading the property throws. */
export function readProperty(value: unknown, key: string): unknown {
  if (!isObject(value)) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A string property kept as it is, `''` included; `undefined` when it is absent or not a string. */
export function readString(value: unknown, key: string): string | undefined {
  const found = readProperty(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** A string with something other than whitespace in it: an empty code or request id means "absent". */
function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A non-blank string property (see `nonBlank`). */
export function readText(value: unknown, key: string): string | undefined {
  return nonBlank(readProperty(value, key));
}

/**
 * An HTTP status code: an integer from 100 to 599. A numeric string such as
 * "502" is the wrong type for Conductor's `httpStatusCode` and counts as absent,
 * so is NaN or any other number no HTTP response can carry.
 */
export function readStatusCode(value: unknown, key: string): number | undefined {
  const found = readProperty(value, key);
  return typeof found === 'number' && Number.isInteger(found) && found >= MIN_HTTP_STATUS && found <= MAX_HTTP_STATUS
    ? found
    : undefined;
}

/**
 * Conductor's request id from a set of response headers. conductor-node v12
 * hands over a Proxy over a lowercase record, v11 a plain lowercase record (Node
 * lowercases header names), a JSON round trip leaves a plain record, and a
 * `fetch` caller may pass a real `Headers` object, which only answers to `get`.
 */
export function readRequestIdHeader(headers: unknown): string | undefined {
  const get = readProperty(headers, 'get');
  try {
    return (
      readText(headers, REQUEST_ID_HEADER) ??
      (typeof get === 'function' ? nonBlank(get.call(headers, REQUEST_ID_HEADER)) : undefined)
    );
  } catch {
    // A `get` that throws has no request id to give.
    return undefined;
  }
}

/**
 * Whether a class of the given name is in a value's prototype chain.
 * conductor-node v12's connection failures carry no field that tells them
 * apart, only their class; matching names instead of `instanceof` keeps the
 * core free of the SDK and works across duplicate copies of it.
 */
export function hasClassNamed(value: object, className: string): boolean {
  try {
    let prototype: unknown = Object.getPrototypeOf(value);
    for (let depth = 0; isObject(prototype) && depth < MAX_PROTOTYPE_DEPTH; depth++) {
      const ownClass = readProperty(prototype, 'constructor');
      // Inside the try: a class may define a static `name` getter that throws.
      const name: unknown = typeof ownClass === 'function' ? ownClass.name : undefined;
      if (name === className) return true;
      prototype = Object.getPrototypeOf(prototype);
    }
  } catch {
    // A Proxy's getPrototypeOf trap threw: the value is no SDK class instance.
  }
  return false;
}
