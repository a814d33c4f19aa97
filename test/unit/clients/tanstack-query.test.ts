// TanStack Query: the query's error is whatever its queryFn throws. Two ways a
// queryFn built on `fetch` throws a failed response: the parsed JSON body, or
// readConductorError's result. Either goes to the alert as it is.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, test } from 'vitest';
import { readConductorError } from '../../../src/core/read-response.js';
import { rejectionOf } from '../sdk/clients.js';
import { GATEWAY_REQUEST_ID, restStackForThisFile } from './backend.js';
import { expectGeneric, expectRealErrorAndSteps, renderAlert } from './expect-real.js';

const stack = restStackForThisFile();
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
afterEach(() => queryClient.clear());

/** A queryFn that throws the parsed JSON of a failed response. */
const throwingJson = (path: string) => async () => {
  const response = await fetch(`${stack.origin}${path}`);
  if (!response.ok) throw await response.json();
  return response.json();
};

/** A queryFn that throws what readConductorError reads from a failed response. */
const throwingRead = (path: string) => async () => {
  const response = await fetch(`${stack.origin}${path}`);
  if (!response.ok) throw await readConductorError(response);
  return response.json();
};

describe('TanStack Query’s fetchQuery', () => {
  test.each([
    ['the parsed JSON body', throwingJson],
    ['readConductorError(response)', throwingRead],
  ])('a queryFn that throws %s: the query’s error is read, and the alert shows its steps', async (_case, queryFn) => {
    const queryKey = ['health'];
    const thrown = await rejectionOf(queryClient.fetchQuery({ queryKey, queryFn: queryFn('/api/health') }));
    expect(queryClient.getQueryState(queryKey)?.error).toBe(thrown);
    expectRealErrorAndSteps(thrown);
  });

  test('readConductorError on a body that is no JSON: the generic text, with the status and request id', async () => {
    const thrown = await rejectionOf(
      queryClient.fetchQuery({ queryKey: ['gateway'], queryFn: throwingRead('/api/gateway') }),
    );
    expect(thrown).toMatchObject({ type: 'UNKNOWN_ERROR', httpStatusCode: 502, requestId: GATEWAY_REQUEST_ID });
    const html = renderAlert(thrown);
    expectGeneric(html);
    expect(html).toContain(GATEWAY_REQUEST_ID);
  });
});
