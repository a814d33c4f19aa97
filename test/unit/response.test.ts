// toConductorErrorResponse with errors thrown by the real conductor-node SDKs
// after a real HTTP exchange with a local stand-in for Conductor's API.
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { toConductorErrorResponse } from '../../src/core/response.js';
import { rejectionOf, v11Client, v12Client } from './sdk/clients.js';
import { API_KEY_INVALID, envelope, QBD_CONNECTION_ERROR, QBD_REQUEST_ERROR } from './sdk/fixtures.js';
import { closedPortOrigin, type StandInApi, startStandInApi } from './sdk/stand-in-api.js';

const END_USER = 'end_usr_response_test';
let api: StandInApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** Starts a stand-in answering with `record` and returns what each SDK's call rejects with. */
async function sdkErrors(record: { httpStatusCode: number; requestId: string }): Promise<[string, unknown][]> {
  api = await startStandInApi({
    status: record.httpStatusCode,
    body: JSON.stringify(envelope(record)),
    headers: { 'conductor-request-id': record.requestId },
  });
  const v12 = await rejectionOf(v12Client(api.origin).qbd.healthCheck({ conductorEndUserId: END_USER }));
  const v11 = await rejectionOf(v11Client(api.origin).endUsers.ping(END_USER, 'quickbooks_desktop'));
  expect(api.requestedPaths).toHaveLength(2);
  return [
    ['v12', v12],
    ['v11', v11],
  ];
}

describe('toConductorErrorResponse with real SDK errors', () => {
  it.each([
    ['QBD_CONNECTION_ERROR', QBD_CONNECTION_ERROR, 502],
    ['QBD_REQUEST_ERROR', QBD_REQUEST_ERROR, 400],
  ])('%s: keeps every field but the developer message, with Conductor’s status', async (_code, record, status) => {
    for (const [sdk, thrown] of await sdkErrors(record)) {
      const response = toConductorErrorResponse(thrown);
      expect(response.status, sdk).toBe(status);
      const { message, ...userSafe } = record;
      expect(response.body, sdk).toEqual({ error: userSafe });
      expect(JSON.stringify(response.body), sdk).not.toContain(message);
    }
  });

  it('round trip: what the front end reads back equals the thrown error, minus its developer message', async () => {
    for (const [sdk, thrown] of await sdkErrors(QBD_CONNECTION_ERROR)) {
      const { body } = toConductorErrorResponse(thrown);
      const onTheWire = JSON.parse(JSON.stringify(body)) as unknown;
      expect(normalizeConductorError(onTheWire), sdk).toEqual({ ...normalizeConductorError(thrown), message: '' });
    }
  });

  it('sends the developer message only when asked, and then loses nothing', async () => {
    for (const [sdk, thrown] of await sdkErrors(QBD_REQUEST_ERROR)) {
      const { body } = toConductorErrorResponse(thrown, { exposeDeveloperMessage: true });
      expect(body.error.message, sdk).toBe(QBD_REQUEST_ERROR.message);
      expect(normalizeConductorError(body), sdk).toEqual(normalizeConductorError(thrown));
    }
  });

  it('an invalid API key answers 500, not 401, so the front end does not sign its user out', async () => {
    for (const [sdk, thrown] of await sdkErrors(API_KEY_INVALID)) {
      const { status, body } = toConductorErrorResponse(thrown);
      expect(status, sdk).toBe(500);
      expect(body.error, sdk).toMatchObject({
        userFacingMessage: 'An internal server error occurred. Please try again later.',
        type: 'AUTHENTICATION_ERROR',
        code: 'API_KEY_INVALID',
        httpStatusCode: 401,
        requestId: 'req_auth',
      });
      expect(JSON.stringify(body), sdk).not.toContain('sk_live_abc123');
    }
  });

  it('the SDKs’ own failure to reach Conductor answers 502 Bad Gateway with the generic text', async () => {
    const origin = await closedPortOrigin();
    const thrownBy = {
      v12: await rejectionOf(v12Client(origin).qbd.healthCheck({ conductorEndUserId: END_USER })),
      v11: await rejectionOf(v11Client(origin).endUsers.ping(END_USER, 'quickbooks_desktop')),
    };
    for (const [sdk, thrown] of Object.entries(thrownBy)) {
      const { status, body } = toConductorErrorResponse(thrown);
      expect(status, sdk).toBe(502);
      expect(body.error.type, sdk).toBe('CONNECTION_ERROR');
      expect(body.error.userFacingMessage, sdk).toBe('An internal server error occurred. Please try again later.');
      expect(body.error.message, sdk).toBeUndefined();
    }
  });
});
