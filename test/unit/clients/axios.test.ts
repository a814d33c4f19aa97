// axios against a real backend: an AxiosError, the body at `err.response.data`,
// the headers an AxiosHeaders.
import axios, { AxiosError, AxiosHeaders } from 'axios';
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../../src/core/normalize.js';
import { rejectionOf } from '../sdk/clients.js';
import { GATEWAY_REQUEST_ID, restStackForThisFile } from './backend.js';
import { expectGeneric, expectRealErrorAndSteps, renderAlert } from './expect-real.js';

const stack = restStackForThisFile();

describe('axios', () => {
  test('the Conductor error in an AxiosError’s response is read, and the alert shows its steps', async () => {
    const thrown = await rejectionOf(axios.get(`${stack.origin}/api/health`));
    expect(thrown).toBeInstanceOf(AxiosError);
    expect((thrown as AxiosError).response?.status).toBe(502);
    expectRealErrorAndSteps(thrown);
  });

  test('a body that is no JSON: the generic text, with the status and the request id from AxiosHeaders', async () => {
    const thrown = await rejectionOf(axios.get(`${stack.origin}/api/gateway`));
    expect((thrown as AxiosError).response?.headers).toBeInstanceOf(AxiosHeaders);
    expect(normalizeConductorError(thrown)).toMatchObject({
      type: 'UNKNOWN_ERROR',
      httpStatusCode: 502,
      requestId: GATEWAY_REQUEST_ID,
      message: 'Request failed with status code 502',
    });
    const html = renderAlert(thrown);
    expectGeneric(html);
    expect(html).toContain(GATEWAY_REQUEST_ID);
  });
});
