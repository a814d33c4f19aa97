// toConductorErrorResponse's status choice, its handling of input that is no
// Conductor error, and the round trip over generated error records.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { toConductorErrorResponse } from '../../src/core/response.js';
import { CONDUCTOR_ERROR_TYPES } from '../../src/core/types.js';

const GENERIC = 'An internal server error occurred. Please try again later.';

function record(fields: Record<string, unknown>) {
  return { error: { message: 'dev detail', userFacingMessage: 'Open QuickBooks Desktop.', ...fields } };
}

describe('the response status', () => {
  it.each([
    [400, 'INVALID_REQUEST_ERROR', 400],
    [404, 'INVALID_REQUEST_ERROR', 404],
    [429, 'INVALID_REQUEST_ERROR', 429],
    [502, 'INTEGRATION_CONNECTION_ERROR', 502],
    [503, 'INTERNAL_ERROR', 503],
    [504, 'INTEGRATION_CONNECTION_ERROR', 504],
  ])('keeps Conductor’s %i', (httpStatusCode, type, expected) => {
    expect(toConductorErrorResponse(record({ httpStatusCode, type })).status).toBe(expected);
  });

  it.each([401, 403, 407])('turns the credential status %i into 500 and keeps it in the body', (httpStatusCode) => {
    const { status, body } = toConductorErrorResponse(record({ httpStatusCode, type: 'AUTHENTICATION_ERROR' }));
    expect(status).toBe(500);
    expect(body.error.httpStatusCode).toBe(httpStatusCode);
  });

  it.each([
    [undefined, 'INTEGRATION_CONNECTION_ERROR', 502],
    [200, 'INTEGRATION_CONNECTION_ERROR', 502],
    [302, 'CONNECTION_ERROR', 502],
    [undefined, 'INTEGRATION_ERROR', 500],
    [undefined, 'INTERNAL_ERROR', 500],
    [Number.NaN, 'INTERNAL_ERROR', 500],
    ['502', 'INVALID_REQUEST_ERROR', 500],
  ])('without a usable error status (%s) a %s answers %i', (httpStatusCode, type, expected) => {
    expect(toConductorErrorResponse(record({ httpStatusCode, type })).status).toBe(expected);
  });
});

describe('input that is no Conductor error', () => {
  it('an unrelated Error answers 500 with the generic text and none of its own', () => {
    const { status, body } = toConductorErrorResponse(new Error('connect ECONNREFUSED postgres://admin:hunter2@db'));
    expect(status).toBe(500);
    expect(body).toEqual({ error: { userFacingMessage: GENERIC, type: 'UNKNOWN_ERROR' } });
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { userFacingMessage: 'Open QuickBooks Desktop.' };
    cyclic.error = cyclic;
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    for (const input of [null, undefined, 42, 'not json', '{"error":', [], cyclic, hostile]) {
      const { status, body } = toConductorErrorResponse(input);
      expect(status).toBeGreaterThanOrEqual(500);
      expect(body.error.userFacingMessage).not.toBe('');
    }
    expect(toConductorErrorResponse(cyclic).body.error.userFacingMessage).toBe('Open QuickBooks Desktop.');
  });
});

describe('options of any kind', () => {
  const trap = (): never => {
    throw new Error('trap');
  };
  const withSecret = record({ message: 'SELECT * FROM keys' });

  it.each([
    ['a Proxy whose traps all throw', new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap })],
    [
      'a revoked Proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
    ],
    ['a getter that throws', Object.defineProperty({}, 'exposeDeveloperMessage', { get: trap })],
    ['a string', 'exposeDeveloperMessage'],
    ['null', null],
  ])('%s: the end-user-safe response, developer message left out', (_case, options) => {
    const { status, body } = toConductorErrorResponse(withSecret, options as never);
    expect(status).toBe(toConductorErrorResponse(withSecret).status);
    expect(body).toEqual(toConductorErrorResponse(withSecret).body);
    expect(JSON.stringify(body)).not.toContain('SELECT');
  });

  it.each([
    ['"true"', 'true'],
    ['1', 1],
    ['an object', {}],
  ])('exposeDeveloperMessage as %s sends no developer message', (_case, value) => {
    const options = { exposeDeveloperMessage: value } as never;
    expect(toConductorErrorResponse(withSecret, options).body.error.message).toBeUndefined();
  });
});

/** Every type we know, a v11 class name, and a type newer than this library. */
const TYPES = [...CONDUCTOR_ERROR_TYPES, 'ConductorIntegrationConnectionError', 'SOMETHING_NEWER'];

const conductorRecord = fc.record(
  {
    message: fc.string(),
    userFacingMessage: fc.string(),
    type: fc.constantFrom(...TYPES),
    code: fc.string(),
    httpStatusCode: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.constant(Number.NaN)),
    integrationCode: fc.string(),
    requestId: fc.string(),
  },
  { requiredKeys: ['userFacingMessage'] },
);

describe('over generated error records', () => {
  test.prop([conductorRecord, fc.boolean()])('the body reads back as the error minus its message', (fields, wrap) => {
    const thrown = wrap ? { error: fields } : fields;
    const { status, body } = toConductorErrorResponse(thrown);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThanOrEqual(599);
    expect('message' in body.error).toBe(false);
    const onTheWire = JSON.parse(JSON.stringify(body)) as unknown;
    expect(normalizeConductorError(onTheWire)).toEqual({ ...normalizeConductorError(thrown), message: '' });
  });

  test.prop([conductorRecord])('with exposeDeveloperMessage the body reads back unchanged', (fields) => {
    const { body } = toConductorErrorResponse(fields, { exposeDeveloperMessage: true });
    expect(normalizeConductorError(JSON.parse(JSON.stringify(body)))).toEqual(normalizeConductorError(fields));
  });
});
