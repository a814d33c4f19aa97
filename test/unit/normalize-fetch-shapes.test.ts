// normalizeConductorError on the shapes fetch layers wrap a body in, built by
// hand so each rule is seen alone. The real libraries throw these shapes in
// test/unit/clients/.
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import type { NormalizedConductorError } from '../../src/core/types.js';
import { envelope, genericNormalized, QBD_CONNECTION_ERROR } from './sdk/fixtures.js';

const { message: DEVELOPER_MESSAGE, ...USER_SAFE } = QBD_CONNECTION_ERROR;
const { requestId: _id, httpStatusCode: _status, ...WITHOUT_RESPONSE_FACTS } = QBD_CONNECTION_ERROR;
/** The body without what the response around it can tell. */
const bare = envelope(WITHOUT_RESPONSE_FACTS);
const EXPECTED: NormalizedConductorError = { ...QBD_CONNECTION_ERROR, severity: 'warning' };

/** An Error as a fetch layer throws it: its own message, the given fields beside it. */
function thrown(message: string, fields: object): Error {
  return Object.assign(new Error(message), fields);
}

describe('where fetch layers put the body', () => {
  test.each([
    [
      'axios: err.response.data',
      thrown('Request failed with status code 502', { response: { data: envelope(QBD_CONNECTION_ERROR) } }),
    ],
    ['ofetch and ky 2: err.data', thrown('[GET] "/api": 502 Bad Gateway', { data: envelope(QBD_CONNECTION_ERROR) })],
    [
      'tRPC: err.data.conductorError',
      thrown('boom', { data: { code: 'INTERNAL_SERVER_ERROR', conductorError: QBD_CONNECTION_ERROR } }),
    ],
    ['an Error whose cause is the body', new Error('Request failed', { cause: envelope(QBD_CONNECTION_ERROR) })],
    ['a cause chain two deep', new Error('outer', { cause: new Error('inner', { cause: QBD_CONNECTION_ERROR }) })],
    ['the body as JSON text at err.data', thrown('x', { data: JSON.stringify(envelope(QBD_CONNECTION_ERROR)) })],
    [
      'the body as JSON text at err.response.data',
      thrown('x', { response: { data: JSON.stringify(QBD_CONNECTION_ERROR) } }),
    ],
  ])('%s', (_case, input) => {
    expect(normalizeConductorError(input)).toEqual(EXPECTED);
  });

  test('the body’s own message is the one kept for logs, not the fetch layer’s', () => {
    const error = thrown('Request failed with status code 502', { response: { data: envelope(QBD_CONNECTION_ERROR) } });
    expect(normalizeConductorError(error).message).toBe(DEVELOPER_MESSAGE);
  });
});

describe('GraphQL errors', () => {
  const graphQLError = (extensions: object) => ({ message: 'Open QuickBooks', path: ['health'], extensions });

  test.each([
    ['Apollo Client 4: errors[i].extensions', { errors: [graphQLError(QBD_CONNECTION_ERROR)] }],
    [
      'errors[i].extensions.conductorError',
      { errors: [graphQLError({ code: 'INTERNAL_SERVER_ERROR', conductorError: QBD_CONNECTION_ERROR })] },
    ],
    [
      'Apollo Client 3: graphQLErrors[i].extensions',
      { graphQLErrors: [graphQLError(QBD_CONNECTION_ERROR)], networkError: null },
    ],
    [
      'a later error in the list',
      { errors: [graphQLError({ code: 'BAD_USER_INPUT' }), graphQLError(QBD_CONNECTION_ERROR)] },
    ],
  ])('%s', (_case, input) => {
    expect(normalizeConductorError(thrown('Open QuickBooks', input))).toEqual(EXPECTED);
  });

  test('Apollo’s own codes in extensions are no Conductor error', () => {
    const input = thrown('Internal server error', { errors: [graphQLError({ code: 'INTERNAL_SERVER_ERROR' })] });
    expect(normalizeConductorError(input)).toEqual(genericNormalized({ message: 'Internal server error' }));
  });
});

describe('the response around the body', () => {
  test.each([
    ['a plain object', { 'conductor-request-id': 'req_header' }],
    ['a fetch Headers', new Headers({ 'Conductor-Request-Id': 'req_header' })],
    ['a Headers-like get only', { get: (name: string) => (name === 'conductor-request-id' ? 'req_header' : null) }],
  ])('request id and status from response headers given as %s', (_case, headers) => {
    const error = thrown('Request failed', { response: { status: 503, headers, data: bare } });
    expect(normalizeConductorError(error)).toMatchObject({ httpStatusCode: 503, requestId: 'req_header' });
  });

  test('the record’s own request id and status win over the response’s', () => {
    const headers = { 'conductor-request-id': 'req_header' };
    const error = thrown('x', { response: { status: 500, headers, data: envelope(QBD_CONNECTION_ERROR) } });
    expect(normalizeConductorError(error)).toMatchObject({ httpStatusCode: 502, requestId: 'req_1234567890' });
  });

  test('a response without a Conductor body still gives its status and request id', () => {
    const headers = new Headers({ 'conductor-request-id': 'req_gateway' });
    const error = thrown('Request failed', {
      response: { status: 504, headers, data: '<html>Gateway Timeout</html>' },
    });
    expect(normalizeConductorError(error)).toEqual(
      genericNormalized({ message: 'Request failed', httpStatusCode: 504, requestId: 'req_gateway' }),
    );
  });

  test('request headers in an axios config are never read as the response’s', () => {
    const error = thrown('x', {
      config: { headers: { 'conductor-request-id': 'req_ours' } },
      response: { data: bare },
    });
    expect(normalizeConductorError(error).requestId).toBeUndefined();
  });
});

describe('bounded, and never fooled into showing text that is not user-facing', () => {
  test('a cause chain deeper than the bound ends without the record, and without throwing', () => {
    let error: unknown = QBD_CONNECTION_ERROR;
    for (let depth = 0; depth < 100; depth++) error = new Error(`layer ${depth}`, { cause: error });
    expect(normalizeConductorError(error).type).toBe('UNKNOWN_ERROR');
  });

  test('a getter that makes a new layer on every read ends at the bound', () => {
    let reads = 0;
    const endless = (): object =>
      new Proxy(
        {},
        {
          get: () => {
            reads++;
            return endless();
          },
        },
      );
    expect(normalizeConductorError(endless()).type).toBe('UNKNOWN_ERROR');
    expect(reads).toBeLessThan(1000);
  });

  test('a cycle through data and cause ends the walk', () => {
    const error = thrown('loop', {}) as Error & { data?: unknown };
    error.data = { cause: error, error: { data: error } };
    expect(normalizeConductorError(error)).toEqual(genericNormalized({ message: 'loop' }));
  });

  test('a message at any depth never becomes the user-facing text', () => {
    const error = thrown('outer', {
      response: { data: { error: { message: 'SELECT * FROM keys' } } },
      errors: [{ message: 'x' }],
    });
    expect(normalizeConductorError(error).userFacingMessage).toBe(genericNormalized().userFacingMessage);
  });

  test('normalizing the output of any of these changes nothing', () => {
    const error = thrown('Request failed', {
      response: { status: 502, headers: { 'conductor-request-id': 'r' }, data: bare },
    });
    const once = normalizeConductorError(error);
    expect(normalizeConductorError(once)).toStrictEqual(once);
    expect(normalizeConductorError({ error: USER_SAFE })).toStrictEqual({ ...EXPECTED, message: '' });
  });
});
