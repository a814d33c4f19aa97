// normalizeConductorError on real conductor-node v11 errors: the SDK's own
// classes, built directly and thrown by the SDK from real HTTP responses of a
// local stand-in for the API.
import {
  ConductorAuthenticationError,
  ConductorConnectionError,
  type ConductorError,
  ConductorIntegrationConnectionError,
  ConductorIntegrationError,
  ConductorInternalError,
  ConductorInvalidRequestError,
  ConductorPermissionError,
  ConductorUnknownError,
} from 'conductor-node-v11';
import { afterEach, describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { type ConductorErrorType, DEFAULT_USER_FACING_MESSAGE } from '../../src/core/types.js';
import { rejectionOf, v11Client } from './sdk/clients.js';
import { envelope, genericNormalized, QBD_CONNECTION_ERROR } from './sdk/fixtures.js';
import { closedPortOrigin, type StandInApi, startStandInApi } from './sdk/stand-in-api.js';

const { type: _wireType, ...OPTIONS } = QBD_CONNECTION_ERROR;

const CLASSES: [string, new (options: typeof OPTIONS) => ConductorError, ConductorErrorType][] = [
  ['ConductorIntegrationError', ConductorIntegrationError, 'INTEGRATION_ERROR'],
  ['ConductorIntegrationConnectionError', ConductorIntegrationConnectionError, 'INTEGRATION_CONNECTION_ERROR'],
  ['ConductorInvalidRequestError', ConductorInvalidRequestError, 'INVALID_REQUEST_ERROR'],
  ['ConductorAuthenticationError', ConductorAuthenticationError, 'AUTHENTICATION_ERROR'],
  ['ConductorPermissionError', ConductorPermissionError, 'PERMISSION_ERROR'],
  ['ConductorConnectionError', ConductorConnectionError, 'CONNECTION_ERROR'],
  ['ConductorInternalError', ConductorInternalError, 'INTERNAL_ERROR'],
];

describe.each(CLASSES)('%s', (className, ErrorClass, expectedType) => {
  const error = new ErrorClass(OPTIONS);
  const expected = {
    ...OPTIONS,
    type: expectedType,
    severity: expectedType === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error',
  };

  test('is the SDK shape: the class name in type, the API enum in rawType', () => {
    expect(error.type).toBe(className);
    // `rawType` is protected in v11's types but a plain own field at run time, and kept by JSON.
    expect(Reflect.get(error, 'rawType')).toBe(expectedType);
  });

  test.each([
    ['the instance', error],
    ['after a JSON round trip', JSON.parse(JSON.stringify(error))],
    ['wrapped as { error: err }', envelope(error)],
    ['wrapped, after a JSON round trip', JSON.parse(JSON.stringify(envelope(error)))],
  ])(`gives ${expectedType} from %s`, (_shape, input) => {
    expect(normalizeConductorError(input)).toEqual(expected);
  });

  test(`gives ${expectedType} from the class name alone, as a backend forwarding only the documented fields sends it`, () => {
    const { rawType: _rawType, headers: _headers, name: _name, ...forwarded } = JSON.parse(JSON.stringify(error));
    expect(forwarded.type).toBe(className);
    expect(normalizeConductorError(forwarded)).toEqual(expected);
  });
});

describe('ConductorUnknownError, the fallback for API types v11 does not know', () => {
  test('an API type this library knows decides through rawType', () => {
    const error = new ConductorUnknownError({ ...OPTIONS, type: 'INTEGRATION_CONNECTION_ERROR' });
    expect(error.type).toBe('ConductorUnknownError');
    expect(normalizeConductorError(error)).toMatchObject({ type: 'INTEGRATION_CONNECTION_ERROR', severity: 'warning' });
  });

  test('a type nobody knows stays UNKNOWN_ERROR but keeps the user text', () => {
    const error = new ConductorUnknownError({ ...OPTIONS, type: 'RATE_LIMIT_ERROR' });
    expect(normalizeConductorError(JSON.parse(JSON.stringify(error)))).toMatchObject({
      type: 'UNKNOWN_ERROR',
      userFacingMessage: OPTIONS.userFacingMessage,
      code: OPTIONS.code,
    });
  });
});

describe('errors the v11 SDK throws from real responses', () => {
  let api: StandInApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  test('a 502 with the documented body becomes a warning-level INTEGRATION_CONNECTION_ERROR', async () => {
    api = await startStandInApi({ status: 502, body: JSON.stringify(envelope(QBD_CONNECTION_ERROR)) });
    const error = await rejectionOf(v11Client(api.origin).endUsers.list());
    expect(error).toBeInstanceOf(ConductorIntegrationConnectionError);
    expect(api.requestedPaths).toEqual(['/v1/end-users']);
    expect(normalizeConductorError(error)).toEqual({ ...QBD_CONNECTION_ERROR, severity: 'warning' });
  });

  test('a body without requestId takes it from the conductor-request-id header, also after JSON', async () => {
    const { requestId: _dropped, ...withoutRequestId } = QBD_CONNECTION_ERROR;
    api = await startStandInApi({
      status: 502,
      body: JSON.stringify(envelope(withoutRequestId)),
      headers: { 'conductor-request-id': 'req_from_header' },
    });
    const error = await rejectionOf(v11Client(api.origin).endUsers.list());
    expect(normalizeConductorError(error).requestId).toBe('req_from_header');
    expect(normalizeConductorError(JSON.parse(JSON.stringify(error))).requestId).toBe('req_from_header');
  });

  test('a body that is no Conductor error becomes INTERNAL_ERROR with the default text', async () => {
    api = await startStandInApi({
      status: 502,
      body: '<html>502 Bad Gateway</html>',
      headers: { 'conductor-request-id': 'req_gateway' },
    });
    const error = await rejectionOf(v11Client(api.origin).endUsers.list());
    expect(error).toBeInstanceOf(ConductorInternalError);
    expect(normalizeConductorError(error)).toMatchObject({
      type: 'INTERNAL_ERROR',
      code: 'INVALID_JSON_RESPONSE',
      userFacingMessage: DEFAULT_USER_FACING_MESSAGE,
      requestId: 'req_gateway',
    });
  });

  test('a refused connection becomes CONNECTION_ERROR with the network code', async () => {
    const error = await rejectionOf(v11Client(await closedPortOrigin()).endUsers.list());
    expect(error).toBeInstanceOf(ConductorConnectionError);
    expect(normalizeConductorError(error)).toEqual(
      genericNormalized({
        message: (error as ConductorConnectionError).message,
        type: 'CONNECTION_ERROR',
        code: 'ECONNREFUSED',
      }),
    );
  });
});
