// conductorErrorLogLevel: a warning only for what the end user alone can fix,
// as Conductor's docs advise for error trackers such as Sentry.
import { fc, test as propTest } from '@fast-check/vitest';
import {
  ConductorConnectionError,
  ConductorIntegrationConnectionError,
  ConductorIntegrationError,
} from 'conductor-node-v11';
import { APIConnectionError } from 'conductor-node-v12';
import { describe, expect, test } from 'vitest';
import { conductorErrorLogLevel } from '../../src/core/log-level.js';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { CONDUCTOR_ERROR_TYPES } from '../../src/core/types.js';
import { API_KEY_INVALID, envelope, QBD_CONNECTION_ERROR, QBD_REQUEST_ERROR } from './sdk/fixtures.js';

const { type: _type, ...OPTIONS } = QBD_CONNECTION_ERROR;

describe('conductorErrorLogLevel', () => {
  test.each([
    ['the documented connection error', QBD_CONNECTION_ERROR],
    ['it in the wire envelope, as JSON text', JSON.stringify(envelope(QBD_CONNECTION_ERROR))],
    ['a v11 ConductorIntegrationConnectionError', new ConductorIntegrationConnectionError(OPTIONS)],
    ['its normalized form', normalizeConductorError(QBD_CONNECTION_ERROR)],
  ])('sends %s as a warning: only the end user can fix it', (_case, input) => {
    expect(conductorErrorLogLevel(input)).toBe('warning');
  });

  test.each([
    ['a QuickBooks business-rule error', QBD_REQUEST_ERROR],
    ['an invalid API key', API_KEY_INVALID],
    ['a v11 ConductorIntegrationError', new ConductorIntegrationError(OPTIONS)],
    ['a v11 failure to reach Conductor', new ConductorConnectionError(OPTIONS)],
    ['a v12 failure to reach Conductor', new APIConnectionError({})],
    ['a plain Error', new Error('boom')],
    ['nothing at all', undefined],
    [
      'a Proxy that throws',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ],
  ])('sends %s as an error: the developers must look at it', (_case, input) => {
    expect(conductorErrorLogLevel(input)).toBe('error');
  });

  test.each(CONDUCTOR_ERROR_TYPES)('type %s', (type) => {
    const expected = type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error';
    expect(conductorErrorLogLevel({ ...QBD_CONNECTION_ERROR, type })).toBe(expected);
  });

  propTest.prop([fc.anything()])('always agrees with the normalized severity', (input) => {
    expect(conductorErrorLogLevel(input)).toBe(normalizeConductorError(input).severity);
  });
});
