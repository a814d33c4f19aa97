// ky 2 against a real backend: an HTTPError with the parsed body at `err.data`
// and the Response (its body read by ky) at `err.response`.
import ky, { HTTPError } from 'ky-v2';
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../../src/core/normalize.js';
import { readConductorError } from '../../../src/core/read-response.js';
import { rejectionOf } from '../sdk/clients.js';
import { GATEWAY_REQUEST_ID, restStackForThisFile } from './backend.js';
import { expectGeneric, expectRealErrorAndSteps, renderAlert } from './expect-real.js';

/** One request per call: the library's own retries of a 502 would only slow the test. */
const NO_RETRY = { retry: 0 };

const stack = restStackForThisFile();

describe('ky 2', () => {
  test('the Conductor error at an HTTPError’s data is read, and the alert shows its steps', async () => {
    const thrown = await rejectionOf(ky.get(`${stack.origin}/api/health`, NO_RETRY));
    expect(thrown).toBeInstanceOf(HTTPError);
    expectRealErrorAndSteps(thrown);
    expect(await readConductorError(thrown)).toEqual(normalizeConductorError(thrown));
  });

  test('a body that is no JSON: the generic text, with the status and the request id from the Response', async () => {
    const thrown = await rejectionOf(ky.get(`${stack.origin}/api/gateway`, NO_RETRY));
    expect(normalizeConductorError(thrown)).toMatchObject({
      type: 'UNKNOWN_ERROR',
      httpStatusCode: 502,
      requestId: GATEWAY_REQUEST_ID,
    });
    expectGeneric(renderAlert(thrown));
  });
});
