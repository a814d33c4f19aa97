// The app's own API, as Conductor's docs advise: the whole error goes to the
// server's log at the level it deserves, and the browser gets the status and
// the end-user-safe JSON from `toConductorErrorResponse`.
import { conductorErrorLogLevel, toConductorErrorResponse } from 'conductor-error-ui/core';
import { healthCheckError } from '../../../lib/conductor';

export async function GET(): Promise<Response> {
  const error = await healthCheckError();
  if (!error) return Response.json({ status: 'ok' });
  if (conductorErrorLogLevel(error) === 'warning') console.warn(error);
  else console.error(error);
  const { status, body } = toConductorErrorResponse(error);
  return Response.json(body, { status });
}
