// ky 1 against a real backend: an HTTPError whose `response` is a real
// `fetch` Response with its body unread, so only readConductorError gets the
// body; normalizeConductorError alone gets the status and request id.
import ky, { HTTPError } from 'ky-v1';
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../../src/core/normalize.js';
import { readConductorError } from '../../../src/core/read-response.js';
import { rejectionOf } from '../sdk/clients.js';
import { GATEWAY_REQUEST_ID, restStackForThisFile } from './backend.js';
import { expectGeneric, expectRealError, expectRealSteps, renderAlert } from './expect-real.js';

/** One request per call: the library's own retries of a 502 would only slow the test. */
const NO_RETRY = { retry: 0 };

const stack = restStackForThisFile();

/** What ky 1 throws for the backend's error route. */
async function healthError(): Promise<HTTPError> {
  const thrown = await rejectionOf(ky.get(`${stack.origin}/api/health`, NO_RETRY));
  expect(thrown).toBeInstanceOf(HTTPError);
  expect((thrown as HTTPError).response.bodyUsed).toBe(false);
  return thrown as HTTPError;
}

describe('ky 1', () => {
  test('readConductorError(err) reads the unread body; the alert shows its steps', async () => {
    const error = await readConductorError(await healthError());
    expectRealError(error);
    expectRealSteps(renderAlert(error));
  });

  test('readConductorError(err.response) reads it the same', async () => {
    const thrown = await healthError();
    expectRealError(await readConductorError(thrown.response));
    expect(thrown.response.bodyUsed).toBe(true);
  });

  test('without the reader the body is out of reach: the generic text, with the response’s status', async () => {
    const thrown = await healthError();
    expect(normalizeConductorError(thrown)).toMatchObject({ type: 'UNKNOWN_ERROR', httpStatusCode: 502 });
    expectGeneric(renderAlert(thrown));
  });

  test('a body that is no JSON: the generic text, with the status and request id still read', async () => {
    const thrown = await rejectionOf(ky.get(`${stack.origin}/api/gateway`, NO_RETRY));
    const error = await readConductorError(thrown);
    expect(error).toMatchObject({ type: 'UNKNOWN_ERROR', httpStatusCode: 502, requestId: GATEWAY_REQUEST_ID });
    expect(error.message).toContain('Request failed with status code 502');
    expectGeneric(renderAlert(error));
  });
});
