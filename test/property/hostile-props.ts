// Generators of hostile prop values for the property tests: values of any
// type, objects whose getters throw, Proxies whose traps throw, revoked
// Proxies, Symbols, null-prototype objects, and callbacks that throw or
// reject. Values are generated as makers, run only when a test renders:
// fast-check itself inspects what it generates, and a Proxy whose traps throw
// would throw inside fast-check.
import { fc } from '@fast-check/vitest';

export const throwing = (): never => {
  throw new Error('hostile');
};

/** The property names components and the core read off their inputs. */
const READ_KEYS = [
  'text',
  'parts',
  'kind',
  'items',
  'label',
  'intro',
  'steps',
  'outro',
  'length',
  '0',
  'toString',
  'message',
  'userFacingMessage',
  'type',
  'code',
  'requestId',
  'error',
  'titles',
];

/** An object whose every property read throws. */
export function throwingGetters(): object {
  const value = {};
  for (const key of READ_KEYS) Object.defineProperty(value, key, { get: throwing, enumerable: true });
  return value;
}

/** Makes a value when a test runs it. */
export type Make = () => unknown;

/** A maker of one generated value. */
export const made = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Make> => arbitrary.map((value) => () => value);

/** A maker of an array of made values. */
export const makeList = (arbitrary: fc.Arbitrary<Make>, maxLength: number): fc.Arbitrary<Make> =>
  fc.array(arbitrary, { maxLength }).map(
    (makers): Make =>
      () =>
        makers.map((make) => make()),
  );

/** A maker of an object with some of these fields, each made when the object is. */
export const makeRecord = (fields: Record<string, fc.Arbitrary<Make>>): fc.Arbitrary<Make> =>
  fc.record(fields, { requiredKeys: [] }).map(
    (makers): Make =>
      () =>
        Object.fromEntries(Object.entries(makers).map(([key, make]) => [key, (make as Make)()])),
  );

/** Values built to break a reader: Symbols, null prototypes, throwing getters and traps, revoked Proxies. */
export const exotic: fc.Arbitrary<Make> = fc.constantFrom<Make>(
  () => Symbol('hostile'),
  () => Object.create(null),
  () => ({ toString: throwing, valueOf: throwing }),
  throwingGetters,
  () => new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing }),
  () => new Proxy([], { get: throwing }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
);

/** Values no prop should hold, a fresh one each time it is made. */
export const hostile: fc.Arbitrary<Make> = fc.oneof(
  made(fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true })),
  exotic,
);

/** An app's callback at its worst: throwing, rejecting, or not a function at all. */
export const callback: fc.Arbitrary<Make> = fc.oneof(
  hostile,
  fc.constantFrom<Make>(
    () => throwing,
    () => async () => throwing(),
  ),
);

/** Text a prop may hold, or anything else. */
export const text: fc.Arbitrary<Make> = fc.oneof(made(fc.string()), hostile);

/** A value meant as a boolean opt-in, but never `true` itself. */
export const looseFlag: fc.Arbitrary<Make> = fc.oneof(
  made(fc.constantFrom('true', 'false', 1, 0, 'yes', 'no', [], {}, null, undefined, false)),
  hostile.filter((make) => {
    // Filtered on what the maker gives; the makers of throwing values are safe to call.
    try {
      return make() !== true;
    } catch {
      return true;
    }
  }),
);

/** A translator's function at its worst: throwing, giving a non-string. */
const translator = fc.constantFrom<Make>(
  () => throwing,
  () => () => undefined,
  () => () => ({ toString: throwing }),
  () => () => Symbol('text'),
);

/** A `strings` override: some keys of the real ones, each of any type. */
export const strings: fc.Arbitrary<Make> = fc.oneof(
  hostile,
  makeRecord({
    retry: fc.oneof(text, translator),
    showDetails: fc.oneof(text, translator),
    developerMessage: fc.oneof(text, translator),
    dir: fc.oneof(text, translator),
    copyRequestId: fc.oneof(text, translator),
    copied: fc.oneof(text, translator),
    fixStepsProgress: fc.oneof(text, translator),
    menuPathLabel: fc.oneof(text, translator),
    close: fc.oneof(text, translator),
    titles: fc.oneof(hostile, makeRecord({ UNKNOWN_ERROR: text, INTEGRATION_CONNECTION_ERROR: text })),
  }),
);
