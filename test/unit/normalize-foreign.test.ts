// Foreign errors are not Conductor's: only conductor-node v12's own connection
// failure is a CONNECTION_ERROR, not another SDK's class of the same name (the
// generator behind conductor-node names a class APIConnectionError in every
// SDK it makes; groq-sdk is a real one), nor JSON that names the class.
import { APIConnectionError, APIConnectionTimeoutError } from 'conductor-node-v12';
import Groq, { APIConnectionError as GroqConnectionError } from 'groq-sdk';
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { toConductorErrorResponse } from '../../src/core/response.js';
import { rejectionOf, v12Client } from './sdk/clients.js';
import { genericNormalized } from './sdk/fixtures.js';
import { closedPortOrigin } from './sdk/stand-in-api.js';

/** What a real groq-sdk call rejects with when its server refuses the connection. */
async function groqConnectionFailure(): Promise<unknown> {
  const client = new Groq({ apiKey: 'gsk_stand_in', baseURL: await closedPortOrigin(), maxRetries: 0 });
  return rejectionOf(client.models.list());
}

describe('conductor-node v12’s own failures are CONNECTION_ERROR', () => {
  test('a refused connection, thrown by the real SDK', async () => {
    const error = await rejectionOf(v12Client(await closedPortOrigin()).endUsers.list());
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(normalizeConductorError(error)).toMatchObject({ type: 'CONNECTION_ERROR', code: 'ECONNREFUSED' });
  });

  test('both classes built directly, as a caller of the SDK’s exports may', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(normalizeConductorError(new APIConnectionError({ cause })).type).toBe('CONNECTION_ERROR');
    expect(normalizeConductorError(new APIConnectionTimeoutError()).type).toBe('CONNECTION_ERROR');
  });
});

describe('a foreign SDK’s failure is UNKNOWN_ERROR, its message kept for logs only', () => {
  test('groq-sdk’s APIConnectionError, thrown by the real SDK', async () => {
    const error = await groqConnectionFailure();
    expect(error).toBeInstanceOf(GroqConnectionError);
    expect((error as Error).constructor.name).toBe('APIConnectionError');
    expect(normalizeConductorError(error)).toEqual(genericNormalized({ message: (error as Error).message }));
    expect(toConductorErrorResponse(error)).toEqual({
      status: 500,
      body: { error: { userFacingMessage: genericNormalized().userFacingMessage, type: 'UNKNOWN_ERROR' } },
    });
  });

  test('a look-alike with the same class names under another base class', () => {
    class APIError extends Error {}
    class APIConnectionError extends APIError {}
    const cause = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    expect(normalizeConductorError(new APIConnectionError('Connection error.', { cause }))).toEqual(
      genericNormalized({ message: 'Connection error.' }),
    );
  });
});

describe('JSON never names a class', () => {
  test.each([
    ['an own constructor from JSON', '{"constructor":{"name":"APIConnectionError"},"cause":{"code":"ECONNREFUSED"}}'],
    [
      'a spoofed __proto__ key',
      '{"__proto__":{"constructor":{"name":"APIConnectionError"}},"cause":{"code":"ECONNREFUSED"}}',
    ],
    ['a spoof in the envelope', '{"error":{"constructor":{"name":"APIConnectionTimeoutError"}}}'],
  ])('%s', (_case, json) => {
    expect(normalizeConductorError(JSON.parse(json))).toEqual(genericNormalized());
    expect(normalizeConductorError(json)).toEqual(genericNormalized());
  });

  test('an object whose own constructor mimics the whole v12 chain', () => {
    const spoof = { constructor: APIConnectionError, cause: { code: 'ECONNREFUSED' } };
    expect(normalizeConductorError(spoof).type).toBe('UNKNOWN_ERROR');
  });
});
