import { read, text } from './normalize.js';
import type { ConductorErrorType, NormalizedConductorError } from './types.js';

/** Titles keyed by Conductor error code or by error type; a code's title wins over its type's. */
export type ConductorErrorTitles = Readonly<Record<string, string>>;

/**
 * Short headings an end user can act on. Codes first: they say what is wrong on
 * the user's PC; the types are the fallback for every code we do not know.
 */
export const DEFAULT_TITLES: ConductorErrorTitles = Object.freeze({
  INTEGRATION_CONNECTION_NOT_SET_UP: 'QuickBooks Desktop is not connected yet',
  INTEGRATION_CONNECTION_NOT_ACTIVE: 'QuickBooks Web Connector is not running',
  QBD_CONNECTION_ERROR: 'Could not reach QuickBooks Desktop',
  QBD_REQUEST_ERROR: 'QuickBooks Desktop rejected the request',
  QBD_REQUEST_TIMEOUT: 'QuickBooks Desktop took too long to respond',
  INTEGRATION_ERROR: 'QuickBooks Desktop could not complete the request',
  INTEGRATION_CONNECTION_ERROR: 'Could not connect to QuickBooks Desktop',
  INVALID_REQUEST_ERROR: 'The request could not be processed',
  AUTHENTICATION_ERROR: 'Could not sign in to the QuickBooks service',
  PERMISSION_ERROR: 'Access was denied',
  INTERNAL_ERROR: 'Something went wrong on our side',
  CONNECTION_ERROR: 'Could not reach the QuickBooks service',
  UNKNOWN_ERROR: 'Something went wrong',
} satisfies Record<ConductorErrorType, string> & Record<string, string>);

/**
 * The title for an error: an override for its code, the default for its code,
 * an override for its type, the default for its type, then UNKNOWN_ERROR's, in
 * that order. Only non-blank strings count, so a heading is never empty and a
 * code such as "constructor" (a function on every object) finds nothing.
 */
export const conductorErrorTitle = (
  error: Pick<NormalizedConductorError, 'code' | 'type'>,
  overrides?: ConductorErrorTitles,
): string =>
  [read(error, 'code'), read(error, 'type'), 'UNKNOWN_ERROR']
    .map((key) => text(overrides, key) ?? text(DEFAULT_TITLES, key))
    .find(Boolean) as string;
