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

/** A Proxy that answers every read with a new Proxy like itself: endless layers. */
function endlessLayers(): unknown {
  return new Proxy({}, { get: () => endlessLayers() });
}

/** A chain of causes far deeper than anything is read, the record at its end. */
function deepCauseChain(): unknown {
  let error: unknown = { userFacingMessage: 'Deep inside', type: 'INTERNAL_ERROR' };
  for (let depth = 0; depth < 200; depth++) error = new Error(`wrapper ${depth}`, { cause: error });
  return error;
}

/** A class named like conductor-node v12's connection failure, from another SDK. */
function foreignConnectionError(): unknown {
  class APIError extends Error {}
  class APIConnectionError extends APIError {}
  return new APIConnectionError('Connection error.', { cause: { code: 'ECONNREFUSED' } });
}

/** Fetch-layer shapes whose every part throws: axios's response, GraphQL errors, a Response's headers. */
function throwingFetchLayers(): unknown {
  return Object.assign(new Error('Request failed with status code 502'), {
    response: throwingProxy(),
    data: throwingProxy(),
    errors: new Proxy([], { get: () => throwingProxy() }),
    cause: throwingProxy(),
  });
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
  ['a Proxy that makes a new layer on every read', endlessLayers],
  ['a cause chain 200 errors deep', deepCauseChain],
  ['JSON naming conductor-node’s connection class', () => JSON.parse('{"constructor":{"name":"APIConnectionError"}}')],
  ['another SDK’s APIConnectionError', foreignConnectionError],
  ['a fetch-layer error whose every part throws', throwingFetchLayers],
];
