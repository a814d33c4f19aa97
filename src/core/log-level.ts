import { normalizeConductorError } from './normalize.js';
import type { ConductorErrorLogLevel } from './types.js';

/**
 * The level to send an error to an error tracker at, as Conductor's docs
 * advise: `'warning'` for errors only the end user can fix (the Web Connector
 * or QuickBooks Desktop on their PC), so they raise no alert; `'error'` for
 * everything the app's developers must look at, unknown errors included.
 * Takes anything `normalizeConductorError` takes, its output included.
 */
export const conductorErrorLogLevel = (error: unknown): ConductorErrorLogLevel =>
  normalizeConductorError(error).severity;
