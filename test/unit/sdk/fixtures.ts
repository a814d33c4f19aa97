// Error bodies as Conductor's REST API sends them, taken from its docs
// (/work/shared/reference), for the stand-in API and the table tests.
import { DEFAULT_USER_FACING_MESSAGE, type NormalizedConductorError } from '../../../src/core/types.js';
import { SEED_ERROR_BODY } from '../../../stories/fixtures/seed.js';

/** The documented example: a QuickBooks Desktop connection error. */
export const QBD_CONNECTION_ERROR = SEED_ERROR_BODY;

/** A QuickBooks business-rule error: the developer's to fix, so logged as an error. */
export const QBD_REQUEST_ERROR = {
  message: 'QBD Request Error (3100): The name "Test Account" of the list element is already in use.',
  userFacingMessage: 'The name "Test Account" is already in use in QuickBooks Desktop.',
  type: 'INTEGRATION_ERROR',
  code: 'QBD_REQUEST_ERROR',
  httpStatusCode: 400,
  integrationCode: '3100',
  requestId: 'req_business_rule',
} as const;

/** An expired API key: Conductor masks the user-facing text with its generic default. */
export const API_KEY_INVALID = {
  message: 'The API key sk_live_abc123 is invalid.',
  userFacingMessage: 'An internal server error occurred. Please try again later.',
  type: 'AUTHENTICATION_ERROR',
  code: 'API_KEY_INVALID',
  httpStatusCode: 401,
  requestId: 'req_auth',
} as const;

/** The wire envelope around an error object, as the response body carries it. */
export function envelope(error: object): { error: object } {
  return { error };
}

/**
 * The normalized form of an error that carries nothing of Conductor's own:
 * the default text, every optional field absent, plus the given overrides.
 */
export function genericNormalized(overrides: Partial<NormalizedConductorError> = {}): NormalizedConductorError {
  const base: NormalizedConductorError = {
    message: '',
    userFacingMessage: DEFAULT_USER_FACING_MESSAGE,
    type: 'UNKNOWN_ERROR',
    code: undefined,
    httpStatusCode: undefined,
    integrationCode: undefined,
    requestId: undefined,
    severity: 'error',
  };
  return { ...base, ...overrides };
}
