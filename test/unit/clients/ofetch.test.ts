// ofetch against a real backend: a FetchError, the parsed body at `err.data`,
// the response a real `fetch` Response whose body ofetch has read.
import { FetchError, ofetch } from 'ofetch';
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../../src/core/normalize.js';
import { readConductorError } from '../../../src/core/read-response.js';
import { rejectionOf } from '../sdk/clients.js';
import { GATEWAY_REQUEST_ID, restStackForThisFile } from './backend.js';
import { expectGeneric, expectRealErrorAndSteps, renderAlert } from './expect-real.js';

/** One request per call: the library's own retries of a 502 would only slow the test. */
const NO_RETRY = { retry: 0 };

const stack = restStackForThisFile();

describe('ofetch', () => {
  test('the Conductor error at a FetchError’s data is read, and the alert shows its steps', async () => {
    const thrown = await rejectionOf(ofetch(`${stack.origin}/api/health`, NO_RETRY));
    expect(thrown).toBeInstanceOf(FetchError);
    expectRealErrorAndSteps(thrown);
    // Its body is read already: readConductorError hands it to the normaliser as it is.
    expect(await readConductorError(thrown)).toEqual(normalizeConductorError(thrown));
  });

  test('a body that is no JSON: the generic text, with the status and the request id from the Response’s Headers', async () => {
    const thrown = await rejectionOf(ofetch(`${stack.origin}/api/gateway`, NO_RETRY));
    expect(normalizeConductorError(thrown)).toMatchObject({
      type: 'UNKNOWN_ERROR',
      httpStatusCode: 502,
      requestId: GATEWAY_REQUEST_ID,
    });
    expectGeneric(renderAlert(thrown));
  });
});
