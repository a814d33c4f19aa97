import { readProperty, readText } from './normalize/read.js';
import type { ConductorErrorType, NormalizedConductorError } from './types.js';

/** Titles keyed by Conductor error code or by error type; a code's title wins over its type's. */
export type ConductorErrorTitles = Readonly<Record<string, string>>;

/** The last resort, and the title of UNKNOWN_ERROR. */
const UNKNOWN_TITLE = 'Something went wrong';

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
  UNKNOWN_ERROR: UNKNOWN_TITLE,
} satisfies Record<ConductorErrorType, string> & Record<string, string>);

/** A title from one table: only the table's own non-blank string, so a code such as "constructor" finds nothing. */
function ownTitle(titles: unknown, key: unknown): string | undefined {
  try {
    // Object.hasOwn throws for a table that is no object, and a Proxy's trap may throw: no override either way.
    return typeof key === 'string' && Object.hasOwn(titles as object, key) ? readText(titles, key) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The title for an error: an override for its code, the default for its code,
 * an override for its type, the default for its type, in that order. A blank
 * override counts as none, so a heading is never empty.
 */
export function conductorErrorTitle(
  error: Pick<NormalizedConductorError, 'code' | 'type'>,
  overrides: ConductorErrorTitles = {},
): string {
  for (const key of [readProperty(error, 'code'), readProperty(error, 'type')]) {
    const title = ownTitle(overrides, key) ?? ownTitle(DEFAULT_TITLES, key);
    if (title !== undefined) return title;
  }
  // Only reachable when `type` is not a known type (a hand-built object).
  return UNKNOWN_TITLE;
}
