// Property tests: whatever the input, normalizeConductorError returns a valid
// error, is idempotent, and shows the end user only the input's own
// userFacingMessage or Conductor's default.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import {
  CONDUCTOR_ERROR_TYPES,
  DEFAULT_USER_FACING_MESSAGE,
  type NormalizedConductorError,
} from '../../src/core/types.js';

/** Everything fast-check can make, the rarer kinds of value switched on. */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Values a field of an error record may hold: the right kind, the wrong kind, and names that mean something. */
const fieldValue = fc.oneof(
  fc.string(),
  fc.constantFrom(...CONDUCTOR_ERROR_TYPES, 'ConductorIntegrationConnectionError', 'ConductorUnknownError', ''),
  fc.integer({ min: -1, max: 700 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** Records that look more or less like Conductor errors. */
const errorRecord = fc.record(
  {
    message: fieldValue,
    userFacingMessage: fieldValue,
    type: fieldValue,
    rawType: fieldValue,
    code: fieldValue,
    httpStatusCode: fieldValue,
    integrationCode: fieldValue,
    requestId: fieldValue,
    headers: fc.dictionary(fc.constantFrom('conductor-request-id', 'Conductor-Request-Id', 'date'), fieldValue),
  },
  { requiredKeys: [] },
);

/** Every wrapping a record arrives in: bare, in the envelope, under a v12-like response, as JSON text. */
const wrappedRecord = errorRecord.chain((record) =>
  fc.tuple(
    fc.constant(record),
    fc.constantFrom(
      (r: object): unknown => r,
      (r: object): unknown => ({ error: r }),
      (r: object): unknown => ({ status: 502, headers: { 'conductor-request-id': 'req_h' }, error: { error: r } }),
      (r: object): unknown => JSON.stringify({ error: r }),
      (r: object): unknown => Object.assign(new Error('developer text'), r),
      // What fetch layers throw around a body: axios, an Error with a cause, Apollo Client 4, tRPC.
      (r: object): unknown =>
        Object.assign(new Error('developer text'), {
          response: { status: 502, headers: { 'conductor-request-id': 'req_h' }, data: { error: r } },
        }),
      (r: object): unknown => new Error('developer text', { cause: { error: r } }),
      (r: object): unknown =>
        Object.assign(new Error('developer text'), { errors: [{ message: 'GraphQL text', extensions: r }] }),
      (r: object): unknown => Object.assign(new Error('developer text'), { data: { conductorError: r } }),
    ),
  ),
);

function expectValidShape(normalized: NormalizedConductorError): void {
  expect(Object.keys(normalized).sort()).toEqual(
    [
      'code',
      'httpStatusCode',
      'integrationCode',
      'message',
      'requestId',
      'severity',
      'type',
      'userFacingMessage',
    ].sort(),
  );
  expect(normalized.message).toBeTypeOf('string');
  expect(normalized.userFacingMessage).toBeTypeOf('string');
  expect(normalized.userFacingMessage.trim()).not.toBe('');
  expect(CONDUCTOR_ERROR_TYPES).toContain(normalized.type);
  expect(normalized.severity).toBe(normalized.type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error');
  for (const field of [normalized.code, normalized.integrationCode, normalized.requestId]) {
    if (field !== undefined) expect(field.trim()).not.toBe('');
  }
  if (normalized.httpStatusCode !== undefined) {
    expect(Number.isInteger(normalized.httpStatusCode)).toBe(true);
  }
}

describe('on any value at all', () => {
  test.prop([anyValue], { numRuns: 500 })('never throws and returns the promised shape', (input) => {
    expectValidShape(normalizeConductorError(input));
  });

  test.prop([anyValue], { numRuns: 500 })('is idempotent on its own output', (input) => {
    const once = normalizeConductorError(input);
    expect(normalizeConductorError(once)).toStrictEqual(once);
  });

  test.prop([fc.string()])('reads any string without throwing, never showing it', (text) => {
    const normalized = normalizeConductorError(text);
    expectValidShape(normalized);
    expect(normalized.userFacingMessage).toBe(DEFAULT_USER_FACING_MESSAGE);
  });
});

describe('on Conductor-like records in every wrapping', () => {
  test.prop([wrappedRecord], { numRuns: 500 })('returns the promised shape and is idempotent', ([record, wrap]) => {
    const once = normalizeConductorError(wrap(record));
    expectValidShape(once);
    expect(normalizeConductorError(once)).toStrictEqual(once);
  });

  test.prop([wrappedRecord], { numRuns: 500 })(
    'shows only the record’s own userFacingMessage or the default, never its message',
    ([record, wrap]) => {
      const { userFacingMessage } = normalizeConductorError(wrap(record));
      const allowed = [DEFAULT_USER_FACING_MESSAGE, record.userFacingMessage];
      expect(allowed).toContain(userFacingMessage);
    },
  );

  test.prop([errorRecord.map(({ userFacingMessage: _dropped, ...rest }) => rest)], { numRuns: 300 })(
    'without a userFacingMessage the end user sees the default text',
    (record) => {
      expect(normalizeConductorError({ error: record }).userFacingMessage).toBe(DEFAULT_USER_FACING_MESSAGE);
    },
  );
});

describe('with the messageIsUserFacing opt-in', () => {
  test.prop([wrappedRecord], { numRuns: 500 })(
    'shows a userFacingMessage, a message that came over the wire, or the default; never an Error’s message',
    ([record, wrap]) => {
      const input = wrap(record);
      const once = normalizeConductorError(input, { messageIsUserFacing: true });
      expectValidShape(once);
      expect(normalizeConductorError(once, { messageIsUserFacing: true })).toStrictEqual(once);
      const allowed = [DEFAULT_USER_FACING_MESSAGE, record.userFacingMessage, record.message, 'GraphQL text'];
      expect(allowed).toContain(once.userFacingMessage);
      if (once.userFacingMessage === 'developer text') {
        expect(record.userFacingMessage === 'developer text' || record.message === 'developer text').toBe(true);
      }
    },
  );
});
