// normalizeConductorError on the plain shapes: the API error object, the wire
// envelope, both as JSON text, and the rules for missing or wrong fields.
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import {
  CONDUCTOR_ERROR_TYPES,
  DEFAULT_USER_FACING_MESSAGE,
  type NormalizedConductorError,
} from '../../src/core/types.js';
import {
  API_KEY_INVALID,
  envelope,
  genericNormalized,
  QBD_CONNECTION_ERROR,
  QBD_REQUEST_ERROR,
} from './sdk/fixtures.js';

const EXPECTED_QBD_CONNECTION_ERROR: NormalizedConductorError = { ...QBD_CONNECTION_ERROR, severity: 'warning' };

/** What every input that is not recognisably a Conductor error gives, apart from the developer message. */
function unknownError(message = ''): NormalizedConductorError {
  return genericNormalized({ message });
}

describe('the shapes Conductor sends', () => {
  test.each([
    ['the API error object', QBD_CONNECTION_ERROR],
    ['the wire envelope', envelope(QBD_CONNECTION_ERROR)],
    ['the API error object as JSON text', JSON.stringify(QBD_CONNECTION_ERROR)],
    ['the wire envelope as JSON text', JSON.stringify(envelope(QBD_CONNECTION_ERROR), null, 2)],
  ])('reads %s', (_shape, input) => {
    expect(normalizeConductorError(input)).toEqual(EXPECTED_QBD_CONNECTION_ERROR);
  });

  test('leaves integrationCode undefined when the API omits it', () => {
    expect(normalizeConductorError(API_KEY_INVALID)).toMatchObject({
      type: 'AUTHENTICATION_ERROR',
      code: 'API_KEY_INVALID',
      integrationCode: undefined,
      requestId: 'req_auth',
    });
  });

  test.each(CONDUCTOR_ERROR_TYPES.map((type) => [type, type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error']))(
    'keeps type %s, with severity %s',
    (type, severity) => {
      const normalized = normalizeConductorError({ ...QBD_REQUEST_ERROR, type });
      expect(normalized.type).toBe(type);
      expect(normalized.severity).toBe(severity);
    },
  );
});

describe('JSON text that is no error object', () => {
  test.each([
    ['invalid JSON', '{"error": {"userFacingMessage": "Open QuickBooks"'],
    ['an HTML error page', '<html><body>502 Bad Gateway: upstream db password=hunter2</body></html>'],
    ['a JSON string', JSON.stringify('Open QuickBooks Desktop and try again')],
    ['a JSON number', '502'],
    ['JSON null', 'null'],
    ['an empty string', ''],
  ])('gives UNKNOWN_ERROR for %s, without its text anywhere', (_case, input) => {
    expect(normalizeConductorError(input)).toEqual(unknownError());
  });
});

describe('fields of the wrong type count as absent', () => {
  test.each([
    ['httpStatusCode as a string', { httpStatusCode: '502' }, { httpStatusCode: undefined }],
    ['httpStatusCode NaN', { httpStatusCode: Number.NaN }, { httpStatusCode: undefined }],
    ['httpStatusCode Infinity', { httpStatusCode: Number.POSITIVE_INFINITY }, { httpStatusCode: undefined }],
    ['a fractional httpStatusCode', { httpStatusCode: 502.5 }, { httpStatusCode: undefined }],
    ['an httpStatusCode below 100', { httpStatusCode: 42 }, { httpStatusCode: undefined }],
    ['an httpStatusCode above 599', { httpStatusCode: 600 }, { httpStatusCode: undefined }],
    ['an empty code', { code: '' }, { code: undefined }],
    ['a numeric integrationCode', { integrationCode: 3100 }, { integrationCode: undefined }],
    ['a blank requestId', { requestId: '   ' }, { requestId: undefined }],
    ['a null requestId', { requestId: null }, { requestId: undefined }],
    ['an empty userFacingMessage', { userFacingMessage: '' }, { userFacingMessage: DEFAULT_USER_FACING_MESSAGE }],
    ['a blank userFacingMessage', { userFacingMessage: ' \n ' }, { userFacingMessage: DEFAULT_USER_FACING_MESSAGE }],
    ['an object as message', { message: { text: 'x' } }, { message: '' }],
    ['a missing message', { message: undefined }, { message: '' }],
  ])('%s', (_case, override, expected) => {
    const normalized = normalizeConductorError({ ...QBD_REQUEST_ERROR, ...override });
    expect(normalized).toEqual({ ...normalizeConductorError(QBD_REQUEST_ERROR), ...expected });
  });

  test('a type that is no string is no type', () => {
    expect(normalizeConductorError({ ...QBD_REQUEST_ERROR, type: 42 }).type).toBe('UNKNOWN_ERROR');
  });
});

describe('the developer message never reaches the end user', () => {
  const SECRET = 'SELECT * FROM end_users WHERE api_key = "sk_live_abc123"';

  test.each([
    ['a plain Error', new Error(SECRET)],
    ['a bare { message }', { message: SECRET }],
    ['{ error: { message } }, as an Express handler might send it', { error: { message: SECRET } }],
  ])('%s gives UNKNOWN_ERROR with the default text, the message kept for logs', (_case, input) => {
    expect(normalizeConductorError(input)).toEqual(unknownError(SECRET));
  });

  test.each([
    ['a known type', { type: 'INTERNAL_ERROR', message: SECRET }],
    ['a code and request id', { code: 'DB_ERROR', requestId: 'req_9', message: SECRET }],
    ['a v11 class name', { type: 'ConductorInternalError', message: SECRET }],
  ])('a Conductor error recognised by %s but without user text shows the default', (_case, input) => {
    const normalized = normalizeConductorError(input);
    expect(normalized.userFacingMessage).toBe(DEFAULT_USER_FACING_MESSAGE);
    expect(normalized.message).toBe(SECRET);
  });
});

describe('what counts as recognisably Conductor', () => {
  test('a userFacingMessage alone: its text is shown, the type is unknown', () => {
    expect(normalizeConductorError({ userFacingMessage: 'Open QuickBooks Desktop.' })).toEqual({
      ...unknownError(),
      userFacingMessage: 'Open QuickBooks Desktop.',
    });
  });

  test('an API type newer than this library keeps its text and code as UNKNOWN_ERROR, logged as an error', () => {
    const normalized = normalizeConductorError({ ...QBD_REQUEST_ERROR, type: 'RATE_LIMIT_ERROR', code: 'TOO_MANY' });
    expect(normalized).toMatchObject({
      type: 'UNKNOWN_ERROR',
      userFacingMessage: QBD_REQUEST_ERROR.userFacingMessage,
      code: 'TOO_MANY',
      severity: 'error',
    });
  });

  test('a known type alone', () => {
    expect(normalizeConductorError({ type: 'PERMISSION_ERROR' })).toEqual({
      ...unknownError(),
      type: 'PERMISSION_ERROR',
    });
  });

  test('a code with a request id, without user text', () => {
    expect(normalizeConductorError({ code: 'QBD_REQUEST_TIMEOUT', requestId: 'req_7' })).toMatchObject({
      type: 'UNKNOWN_ERROR',
      code: 'QBD_REQUEST_TIMEOUT',
      requestId: 'req_7',
    });
  });

  test.each([
    ['a Node system error (code, no request id)', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a bare status beside a code', { status: 502, code: 'BAD_GATEWAY', message: 'Bad Gateway' }],
  ])('not %s: its fields are dropped', (_case, input) => {
    expect(normalizeConductorError(input)).toEqual(
      unknownError(input instanceof Error ? input.message : (input as { message: string }).message),
    );
  });
});
