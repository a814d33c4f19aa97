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

/**
 * One property, or `undefined` when there is none or reading it throws (a
 * trap, a getter). `null` and `undefined` are answered without a try: a thrown
 * and caught TypeError per absent option or record costs ten times the rest.
 */
export const read = (value: unknown, key: unknown): unknown =>
  value == null ? undefined : guard(() => (value as Record<string, unknown>)[key as string]);

/** A string with something besides whitespace in it: an empty code or request id means "absent". */
export const filled = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/** A non-blank string property (see `filled`). */
export const text = (value: unknown, key: unknown): string | undefined => filled(read(value, key));

/** Any object: arrays, functions, class instances and Proxies included; no primitive. */
export const isObject = (value: unknown): value is object => Object(value) === value;

/** An HTTP status: an integer from 100 to 599. A numeric string ("502"), NaN or 42 counts as absent. */
export const httpStatus = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) > 99 && (value as number) < 600 ? (value as number) : undefined;

/**
 * A plain data object, as `JSON.parse` makes them: its prototype is
 * `Object.prototype` (of any realm: a prototype that has none above it) or
 * nothing at all. Every `Error`, `Response` and class instance fails, whatever
 * its own properties say: JSON cannot give an object a prototype.
 */
export const isPlainObject = (value: unknown): boolean =>
  isObject(value) &&
  guard(() => {
    const prototype = Object.getPrototypeOf(value);
    return prototype === null || Object.getPrototypeOf(prototype) === null;
  }) === true;
