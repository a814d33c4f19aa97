// normalizeConductorError on hostile and odd input: it never throws, every
// property read is guarded, and its output always has the promised shape.
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { CONDUCTOR_ERROR_TYPES, DEFAULT_USER_FACING_MESSAGE } from '../../src/core/types.js';
import { envelope, QBD_CONNECTION_ERROR } from './sdk/fixtures.js';

const EXPECTED = normalizeConductorError(QBD_CONNECTION_ERROR);

function throwing(): never {
  throw new Error('trap');
}

/** A Proxy whose every trap throws. */
const ALL_TRAPS_THROW = new Proxy(
  {},
  {
    get: throwing,
    has: throwing,
    ownKeys: throwing,
    getOwnPropertyDescriptor: throwing,
    getPrototypeOf: throwing,
  },
);

const revocable = Proxy.revocable({ ...QBD_CONNECTION_ERROR }, {});
revocable.revoke();

const cyclic: Record<string, unknown> = { message: 'loop' };
cyclic.error = cyclic;
cyclic.self = cyclic;

class CustomError {
  readonly kind = 'custom';
  readonly message = 'not from Conductor';
}

describe('never throws, and falls back to UNKNOWN_ERROR', () => {
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a bigint', 10n],
    ['a symbol', Symbol('error')],
    ['a boolean', true],
    ['a function', () => QBD_CONNECTION_ERROR],
    ['an array of other things', [42, 'text', null]],
    ['a cyclic object', cyclic],
    ['a Proxy whose traps all throw', ALL_TRAPS_THROW],
    ['a revoked Proxy', revocable.proxy],
    ['a class instance', new CustomError()],
    ['a Date', new Date(0)],
    ['a Map holding the fields', new Map(Object.entries(QBD_CONNECTION_ERROR))],
  ])('%s', (_case, input) => {
    const normalized = normalizeConductorError(input);
    expect(normalized.type).toBe('UNKNOWN_ERROR');
    expect(normalized.userFacingMessage).toBe(DEFAULT_USER_FACING_MESSAGE);
  });
});

describe('still reads what it can', () => {
  test.each([
    ['a frozen error object', Object.freeze({ ...QBD_CONNECTION_ERROR })],
    ['an object without prototype', Object.assign(Object.create(null), QBD_CONNECTION_ERROR)],
    ['an envelope whose error is frozen', envelope(Object.freeze({ ...QBD_CONNECTION_ERROR }))],
    ['a Proxy with a throwing getPrototypeOf', new Proxy({ ...QBD_CONNECTION_ERROR }, { getPrototypeOf: throwing })],
    ['an Error carrying the fields', Object.assign(new Error(QBD_CONNECTION_ERROR.message), QBD_CONNECTION_ERROR)],
    // A list of GraphQL errors as Apollo Client 3's `result.errors` gives it: its first error record.
    ['an array holding the error', [QBD_CONNECTION_ERROR]],
  ])('%s', (_case, input) => {
    expect(normalizeConductorError(input)).toEqual(EXPECTED);
  });

  // Every property the normaliser may read, on every layer: one that throws must cost only that field.
  const KEYS = [
    'message',
    'userFacingMessage',
    'type',
    'rawType',
    'code',
    'httpStatusCode',
    'integrationCode',
    'requestId',
    'headers',
    'status',
    'error',
    'cause',
    'constructor',
    'data',
    'response',
    'conductorError',
    'errors',
    'graphQLErrors',
    'extensions',
  ];

  test.each(KEYS)('a getter for %s that throws is read as absent', (key) => {
    const trap = (target: object, property: string | symbol) =>
      property === key ? throwing() : Reflect.get(target, property);
    const record = new Proxy({ ...QBD_CONNECTION_ERROR }, { get: trap });
    const response = new Proxy(
      { status: 502, headers: { 'conductor-request-id': 'r' }, error: envelope(record) },
      { get: trap },
    );
    for (const input of [record, envelope(record), response]) {
      const normalized = normalizeConductorError(input);
      expect(normalized.userFacingMessage).toBeTypeOf('string');
      expect(CONDUCTOR_ERROR_TYPES).toContain(normalized.type);
    }
    if (key !== 'userFacingMessage' && key !== 'error') {
      expect(normalizeConductorError(record).userFacingMessage).toBe(QBD_CONNECTION_ERROR.userFacingMessage);
    }
  });

  test('headers whose get throws give no request id', () => {
    const { requestId: _dropped, ...withoutRequestId } = QBD_CONNECTION_ERROR;
    const headers = { get: throwing };
    expect(normalizeConductorError({ ...withoutRequestId, headers }).requestId).toBeUndefined();
  });

  test('a class whose static name getter throws is no SDK class', () => {
    class Odd extends Error {
      static override get name(): string {
        return throwing();
      }
    }
    expect(normalizeConductorError(new Odd('x')).type).toBe('UNKNOWN_ERROR');
  });

  test('a cycle through error ends the walk without losing the record', () => {
    const looped: Record<string, unknown> = { ...QBD_CONNECTION_ERROR };
    looped.error = { error: looped };
    expect(normalizeConductorError(looped)).toEqual(EXPECTED);
  });
});
