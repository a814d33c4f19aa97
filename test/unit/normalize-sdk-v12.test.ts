// normalizeConductorError on real conductor-node v12 errors: the SDK makes real
// requests to a local stand-in for the API and throws what it builds from the
// responses, or from failing to get one.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InternalServerError,
} from 'conductor-node-v12';
import { afterEach, describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { DEFAULT_USER_FACING_MESSAGE, type NormalizedConductorError } from '../../src/core/types.js';
import { rejectionOf, v12Client } from './sdk/clients.js';
import {
  API_KEY_INVALID,
  envelope,
  genericNormalized,
  QBD_CONNECTION_ERROR,
  QBD_REQUEST_ERROR,
} from './sdk/fixtures.js';
import {
  closedPortOrigin,
  type StandInApi,
  type StandInResponse,
  startSilentApi,
  startStandInApi,
} from './sdk/stand-in-api.js';

let api: StandInApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** What the v12 SDK rejects with when the stand-in answers `response` to a real request. */
async function errorFor(response: StandInResponse): Promise<unknown> {
  api = await startStandInApi(response);
  return rejectionOf(v12Client(api.origin).endUsers.list());
}

const { requestId: _dropped, httpStatusCode: _status, ...BARE_QBD_CONNECTION_ERROR } = QBD_CONNECTION_ERROR;

describe('APIError from a real response', () => {
  test('a 502 with the documented body: fields at err.error.error', async () => {
    const error = await errorFor({
      status: 502,
      body: JSON.stringify(envelope(QBD_CONNECTION_ERROR)),
      headers: { 'conductor-request-id': 'req_1234567890' },
    });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(api?.requestedPaths).toEqual(['/v1/end-users']);
    const expected: NormalizedConductorError = { ...QBD_CONNECTION_ERROR, severity: 'warning' };
    expect(normalizeConductorError(error)).toEqual(expected);
    expect(normalizeConductorError(JSON.parse(JSON.stringify(error)))).toEqual(expected);
    expect(normalizeConductorError(envelope(error as object))).toEqual(expected);
  });

  test.each([
    [400, QBD_REQUEST_ERROR],
    [401, API_KEY_INVALID],
    [403, { ...QBD_REQUEST_ERROR, type: 'PERMISSION_ERROR', code: 'END_USER_FORBIDDEN' }],
    [404, { ...QBD_REQUEST_ERROR, type: 'INVALID_REQUEST_ERROR', code: 'RESOURCE_MISSING' }],
    [500, { ...QBD_REQUEST_ERROR, type: 'INTERNAL_ERROR', code: 'INTERNAL_SERVER_ERROR' }],
  ])('status %i: the type comes from the body, whatever class the status picks', async (status, body) => {
    const error = await errorFor({ status, body: JSON.stringify(envelope({ ...body, httpStatusCode: status })) });
    expect(error).toBeInstanceOf(APIError);
    expect(normalizeConductorError(error)).toMatchObject({
      type: body.type,
      code: body.code,
      httpStatusCode: status,
      userFacingMessage: body.userFacingMessage,
      message: body.message,
    });
  });

  test('status and request id come from the response when the body lacks them, also after JSON', async () => {
    const error = await errorFor({
      status: 503,
      body: JSON.stringify(envelope(BARE_QBD_CONNECTION_ERROR)),
      headers: { 'conductor-request-id': 'req_from_header' },
    });
    for (const input of [error, JSON.parse(JSON.stringify(error))]) {
      expect(normalizeConductorError(input)).toMatchObject({ httpStatusCode: 503, requestId: 'req_from_header' });
    }
  });

  test('a body that is no Conductor error gives UNKNOWN_ERROR; the response still gives status and request id', async () => {
    const error = await errorFor({
      status: 502,
      body: '<html>502 Bad Gateway: upstream password=hunter2</html>',
      headers: { 'conductor-request-id': 'req_gateway' },
    });
    expect(normalizeConductorError(error)).toEqual(
      genericNormalized({ message: (error as Error).message, httpStatusCode: 502, requestId: 'req_gateway' }),
    );
  });
});

describe('APIError built with a Headers object, as a fetch-based caller has it', () => {
  test('the request id is read through Headers.get', () => {
    const headers = new Headers({ 'Conductor-Request-Id': 'req_headers_object' });
    const error = new APIError(502, envelope(BARE_QBD_CONNECTION_ERROR), undefined, headers as never);
    expect(normalizeConductorError(error)).toMatchObject({
      type: 'INTEGRATION_CONNECTION_ERROR',
      httpStatusCode: 502,
      requestId: 'req_headers_object',
    });
  });

  test('a plain record of headers works too', () => {
    const error = new APIError(502, envelope(BARE_QBD_CONNECTION_ERROR), undefined, {
      'conductor-request-id': 'req_record',
    });
    expect(normalizeConductorError(error).requestId).toBe('req_record');
  });
});

describe('failures to reach Conductor', () => {
  test('a refused connection is a CONNECTION_ERROR with the network code', async () => {
    const error = await rejectionOf(v12Client(await closedPortOrigin()).endUsers.list());
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(normalizeConductorError(error)).toEqual(
      genericNormalized({ message: 'Connection error.', type: 'CONNECTION_ERROR', code: 'ECONNREFUSED' }),
    );
  });

  test('a timeout is a CONNECTION_ERROR, also wrapped as { error: err }', async () => {
    api = await startSilentApi();
    const error = await rejectionOf(v12Client(api.origin, { timeout: 50 }).endUsers.list());
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    for (const input of [error, envelope(error as object)]) {
      expect(normalizeConductorError(input)).toMatchObject({
        type: 'CONNECTION_ERROR',
        message: 'Request timed out.',
        userFacingMessage: DEFAULT_USER_FACING_MESSAGE,
      });
    }
  });

  test('a request the app aborted itself is no Conductor error', () => {
    expect(normalizeConductorError(new APIUserAbortError()).type).toBe('UNKNOWN_ERROR');
  });
});
