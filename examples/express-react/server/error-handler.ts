// The global error handler Conductor's docs recommend, with this library's
// server helper: log the whole error at the level it deserves, send the end
// user only what is safe to show.
import { conductorErrorLogLevel, toConductorErrorResponse } from 'conductor-error-ui/core';
import type { ErrorRequestHandler } from 'express';

/** Where the handler logs; `console` by default, an error tracker such as Sentry in a real app. */
export interface ErrorLogger {
  /** For errors only the end user can fix (their QuickBooks Desktop, their Web Connector): no alert for us. */
  warn(...args: unknown[]): void;
  /** For everything we should look at: an invalid API key, a bad request, Conductor being down. */
  error(...args: unknown[]): void;
}

/**
 * An Express error handler for errors thrown by conductor-node (any version)
 * and anything else: logs the full error, then answers with a JSON body the
 * front end can hand straight to `<ConductorErrorAlert error={json} />`.
 */
export function conductorErrorHandler(logger: ErrorLogger = console): ErrorRequestHandler {
  return (err, req, res, next) => {
    // Express's default handler must close a response that already started streaming.
    if (res.headersSent) {
      next(err);
      return;
    }
    // The full error, developer message included, goes to our logs only.
    const log = conductorErrorLogLevel(err) === 'warning' ? logger.warn : logger.error;
    log.call(logger, `${req.method} ${req.originalUrl} failed:`, err);
    const { status, body } = toConductorErrorResponse(err);
    res.status(status).json(body);
  };
}
