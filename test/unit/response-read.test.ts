// readConductorError: the async reader for a `fetch` Response whose body is
// unread (and for an error holding one, as ky 1's HTTPError does). Real
// Response objects, as Node's fetch builds them.
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { readConductorError } from '../../src/core/read-response.js';
import { HOSTILE } from '../hostile-inputs.js';
import { envelope, genericNormalized, QBD_CONNECTION_ERROR } from './sdk/fixtures.js';

const { requestId: _id, httpStatusCode: _status, ...WITHOUT_RESPONSE_FACTS } = QBD_CONNECTION_ERROR;
const REQUEST_ID_HEADER = { 'conductor-request-id': 'req_from_header' };

function response(body: BodyInit | null, status = 502, headers: HeadersInit = REQUEST_ID_HEADER): Response {
  return new Response(body, { status, headers });
}

/** What every unreadable body gives: the generic error, with what the response itself says. */
const GENERIC_WITH_RESPONSE = genericNormalized({ httpStatusCode: 502, requestId: 'req_from_header' });

describe('a Response with a Conductor body', () => {
  test('gives the record, read once as JSON', async () => {
    const res = response(JSON.stringify(envelope(QBD_CONNECTION_ERROR)));
    expect(await readConductorError(res)).toEqual({ ...QBD_CONNECTION_ERROR, severity: 'warning' });
    expect(res.bodyUsed).toBe(true);
  });

  test('takes the status and request id from the response when the body lacks them', async () => {
    const res = response(JSON.stringify(envelope(WITHOUT_RESPONSE_FACTS)), 503);
    expect(await readConductorError(res)).toMatchObject({ httpStatusCode: 503, requestId: 'req_from_header' });
  });

  test('an error holding an unread response, as ky 1 throws it, keeps its own message for logs', async () => {
    const error = Object.assign(new Error('Request failed with status code 502 Bad Gateway'), {
      response: response('<html>Bad Gateway</html>'),
    });
    expect(await readConductorError(error)).toEqual({ ...GENERIC_WITH_RESPONSE, message: error.message });
  });
});

describe('a body it cannot read gives the generic error, with the response’s status and request id', () => {
  test.each([
    ['an HTML error page', () => response('<html><body>502 Bad Gateway</body></html>')],
    ['invalid JSON', () => response('{"error": {"userFacingMessage": ')],
    ['no body at all', () => response(null)],
    [
      'a stream that fails midway',
      () => response(new ReadableStream({ pull: (controller) => controller.error(new Error('socket hang up')) })),
    ],
  ])('%s', async (_case, make) => {
    expect(await readConductorError(make())).toEqual(GENERIC_WITH_RESPONSE);
  });

  test('an already-read body', async () => {
    const res = response(JSON.stringify(envelope(QBD_CONNECTION_ERROR)));
    await res.text();
    expect(await readConductorError(res)).toEqual(GENERIC_WITH_RESPONSE);
  });

  test.each([
    [
      'text() throws at once',
      () => {
        throw new Error('boom');
      },
    ],
    ['text() rejects', () => Promise.reject(new Error('boom'))],
    ['text() gives no text', () => Promise.resolve({ error: QBD_CONNECTION_ERROR })],
  ])('a Response-like whose %s', async (_case, readText) => {
    const like = { status: 502, headers: new Headers(REQUEST_ID_HEADER), bodyUsed: false, text: readText };
    expect(await readConductorError(like)).toEqual(GENERIC_WITH_RESPONSE);
  });

  test('reads the body once only', async () => {
    let reads = 0;
    const like = {
      status: 502,
      headers: REQUEST_ID_HEADER,
      bodyUsed: false,
      text: async () => {
        reads++;
        return JSON.stringify(envelope(WITHOUT_RESPONSE_FACTS));
      },
    };
    expect(await readConductorError(like)).toMatchObject({
      type: 'INTEGRATION_CONNECTION_ERROR',
      requestId: 'req_from_header',
    });
    expect(reads).toBe(1);
  });
});

describe('anything else goes to normalizeConductorError', () => {
  test.each([
    ['the envelope', envelope(QBD_CONNECTION_ERROR)],
    ['JSON text', JSON.stringify(QBD_CONNECTION_ERROR)],
    [
      'an error whose body was read already (ofetch, ky 2)',
      Object.assign(new Error('x'), {
        response: { bodyUsed: true, text: () => '' },
        data: envelope(QBD_CONNECTION_ERROR),
      }),
    ],
    ['a plain Error', new Error('password=hunter2')],
  ])('%s', async (_case, input) => {
    expect(await readConductorError(input)).toEqual(normalizeConductorError(input));
  });

  test.each(HOSTILE)('never rejects, for %s', async (_name, make) => {
    expect((await readConductorError(make())).type).toBe('UNKNOWN_ERROR');
  });

  test('never rejects for a Response-like whose status and headers throw', async () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const hostile = Object.defineProperties(
      { bodyUsed: false, text: async () => JSON.stringify(envelope(WITHOUT_RESPONSE_FACTS)) },
      { status: { get: trap }, headers: { get: trap } },
    );
    expect(await readConductorError(hostile)).toMatchObject({
      type: 'INTEGRATION_CONNECTION_ERROR',
      httpStatusCode: undefined,
      requestId: undefined,
    });
  });
});

describe('the messageIsUserFacing opt-in', () => {
  const expressBody = () =>
    response(JSON.stringify({ error: { message: 'Open QuickBooks Desktop, then try again.' } }), 500);

  test('reads a documented Express body’s message only when asked', async () => {
    expect((await readConductorError(expressBody(), { messageIsUserFacing: true })).userFacingMessage).toBe(
      'Open QuickBooks Desktop, then try again.',
    );
    expect((await readConductorError(expressBody())).userFacingMessage).toBe(genericNormalized().userFacingMessage);
  });

  test('never reads the message of the error around the response', async () => {
    const error = Object.assign(new Error('Request failed with status code 500'), { response: response('oops', 500) });
    expect((await readConductorError(error, { messageIsUserFacing: true })).userFacingMessage).toBe(
      genericNormalized().userFacingMessage,
    );
  });
});
