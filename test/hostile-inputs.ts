// Values a backend or an app can hand a component as `error`. Every component
// must render a sensible generic error for each, on the server and in the DOM.

function cyclic(): unknown {
  const error: Record<string, unknown> = { userFacingMessage: 42 };
  error.self = error;
  error.error = error;
  return error;
}

function throwingGetters(): unknown {
  const error = {};
  for (const key of ['error', 'message', 'userFacingMessage', 'type', 'code', 'requestId', 'httpStatusCode']) {
    Object.defineProperty(error, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key} exploded`);
      },
    });
  }
  return error;
}

function throwingProxy(): unknown {
  return new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      has() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
      getPrototypeOf() {
        throw new Error('trap');
      },
    },
  );
}

/** Name and maker of each hostile value; makers so every test gets a fresh one. */
export const HOSTILE: [string, () => unknown][] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['a number', () => 42],
  ['a plain string', () => 'str'],
  ['broken JSON', () => '{"error": {"userFacingMessage": '],
  ['an array', () => [1, 2, 3]],
  ['a cyclic object', cyclic],
  ['an object whose getters throw', throwingGetters],
  ['a Proxy that throws on every trap', throwingProxy],
];
