// The `messageIsUserFacing` opt-in, for backends that follow Conductor's
// documented handlers: the end-user text arrives in `message`. Only a message
// that came over the wire (a plain data object) counts, never an Error's.
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { toConductorErrorResponse } from '../../src/core/response.js';
import { formatSupportDetails } from '../../src/core/support-details.js';
import { DEFAULT_USER_FACING_MESSAGE } from '../../src/core/types.js';
import { QBD_CONNECTION_ERROR } from './sdk/fixtures.js';

const OPT_IN = { messageIsUserFacing: true } as const;
const USER_TEXT = QBD_CONNECTION_ERROR.userFacingMessage;

/** What Conductor's documented Express handler sends: `{ error: { message: error.userFacingMessage } }`. */
const EXPRESS_BODY = { error: { message: USER_TEXT } };

/** A GraphQL error as Conductor's documented Apollo `formatError` leaves it: the user-facing text as `message`. */
const APOLLO_ERROR = { message: USER_TEXT, path: ['health'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };

/** An Error as a fetch layer throws it, with the given fields beside its message. */
function thrown(message: string, fields: object): Error {
  return Object.assign(new Error(message), fields);
}

describe('with the opt-in, a message that came over the wire is the user-facing text', () => {
  test.each([
    ['the Express body itself', EXPRESS_BODY],
    ['the Express body as JSON text', JSON.stringify(EXPRESS_BODY)],
    [
      'axios’s error around it',
      thrown('Request failed with status code 500', { response: { status: 500, headers: {}, data: EXPRESS_BODY } }),
    ],
    ['ofetch’s or ky’s error around it', thrown('[GET] "/api": 500 Internal Server Error', { data: EXPRESS_BODY })],
    ['an Error whose cause is the body', new Error('Request failed', { cause: EXPRESS_BODY })],
    ['Apollo Client 4’s CombinedGraphQLErrors', thrown(USER_TEXT, { errors: [APOLLO_ERROR] })],
    ['a bare { message } object', { message: USER_TEXT }],
    ['an object without prototype', Object.assign(Object.create(null), { message: USER_TEXT })],
  ])('%s', (_case, input) => {
    expect(normalizeConductorError(input, OPT_IN).userFacingMessage).toBe(USER_TEXT);
  });

  test('the status of the response is kept beside it', () => {
    const error = thrown('Request failed with status code 500', {
      response: { status: 500, headers: {}, data: EXPRESS_BODY },
    });
    expect(normalizeConductorError(error, OPT_IN)).toMatchObject({ httpStatusCode: 500, type: 'UNKNOWN_ERROR' });
  });
});

describe('even with the opt-in, an Error’s own message is never user-facing', () => {
  test.each([
    [
      'axios’s error with an HTML body',
      thrown('Request failed with status code 500', { response: { data: '<html>oops</html>' } }),
    ],
    ['a TypeError from fetch', new TypeError('fetch failed')],
    ['a plain Error', new Error('SELECT * FROM end_users')],
    ['an Error subclass', new (class DatabaseError extends Error {})('password=hunter2')],
    ['an Error in a cause chain', new Error('outer', { cause: new Error('inner secret') })],
    [
      'a class instance that is no Error',
      new (class Reply {
        message = 'internal detail';
      })(),
    ],
  ])('%s', (_case, input) => {
    expect(normalizeConductorError(input, OPT_IN).userFacingMessage).toBe(DEFAULT_USER_FACING_MESSAGE);
  });

  test('a blank message is none', () => {
    expect(normalizeConductorError({ error: { message: '  ' } }, OPT_IN).userFacingMessage).toBe(
      DEFAULT_USER_FACING_MESSAGE,
    );
  });
});

describe('a userFacingMessage always wins', () => {
  test('anywhere in the input, over any message', () => {
    const error = thrown('x', { response: { data: { message: 'not this', error: QBD_CONNECTION_ERROR } } });
    expect(normalizeConductorError(error, OPT_IN).userFacingMessage).toBe(USER_TEXT);
    expect(normalizeConductorError(QBD_CONNECTION_ERROR, OPT_IN).userFacingMessage).toBe(USER_TEXT);
  });

  test('a record without one uses its own wire message first', () => {
    const input = {
      message: 'the outer text',
      error: { code: 'QBD_REQUEST_ERROR', requestId: 'req_1', message: 'the record text' },
    };
    expect(normalizeConductorError(input, OPT_IN)).toMatchObject({
      userFacingMessage: 'the record text',
      code: 'QBD_REQUEST_ERROR',
      requestId: 'req_1',
    });
  });
});

describe('off unless exactly true', () => {
  test.each([
    ['no options', undefined],
    ['false', { messageIsUserFacing: false }],
    ['the string "true"', { messageIsUserFacing: 'true' }],
    ['1', { messageIsUserFacing: 1 }],
    ['an object', { messageIsUserFacing: {} }],
    [
      'options that throw when read',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ],
  ])('%s: the generic text', (_case, options) => {
    expect(normalizeConductorError(EXPRESS_BODY, options as never).userFacingMessage).toBe(DEFAULT_USER_FACING_MESSAGE);
  });
});

describe('through the other core functions', () => {
  test('its output normalizes to itself, with the opt-in or without', () => {
    const once = normalizeConductorError(thrown('Request failed', { data: EXPRESS_BODY }), OPT_IN);
    expect(normalizeConductorError(once)).toStrictEqual(once);
    expect(normalizeConductorError(once, OPT_IN)).toStrictEqual(once);
  });

  test('toConductorErrorResponse re-shapes a documented body into one any front end reads', () => {
    const { status, body } = toConductorErrorResponse(EXPRESS_BODY, OPT_IN);
    expect(status).toBe(500);
    expect(body).toEqual({ error: { userFacingMessage: USER_TEXT, type: 'UNKNOWN_ERROR' } });
    expect(normalizeConductorError(body).userFacingMessage).toBe(USER_TEXT);
    expect(toConductorErrorResponse(EXPRESS_BODY).body.error.userFacingMessage).toBe(DEFAULT_USER_FACING_MESSAGE);
  });

  test('formatSupportDetails writes the text the end user saw', () => {
    expect(formatSupportDetails(EXPRESS_BODY, OPT_IN)).toContain(`Message: ${USER_TEXT}`);
    expect(formatSupportDetails(EXPRESS_BODY)).toContain(`Message: ${DEFAULT_USER_FACING_MESSAGE}`);
  });
});
