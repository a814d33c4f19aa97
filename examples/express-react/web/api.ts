// The front end's calls to its own backend. A failed call hands back the
// backend's JSON untouched: ConductorErrorAlert reads it as it is.
import type { DemoPlan, SdkVersion } from '../demo-scenarios.js';

/** What checking the QuickBooks Desktop connection gave. */
export type CheckResult =
  | {
      /** The connection works. */
      ok: true;
      /** How long QuickBooks Desktop took to answer, in milliseconds. */
      duration: number;
    }
  | {
      /** The check failed. */
      ok: false;
      /** The backend's JSON body, or the network failure when there was no answer. */
      error: unknown;
    };

/** Reads a response body as JSON; `undefined` when it is empty or not JSON. */
async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Asks the backend to check the connection, through the given conductor-node version. */
export async function checkConnection(sdk: SdkVersion): Promise<CheckResult> {
  let response: Response;
  try {
    response = await fetch(`/api/quickbooks/health-check?sdk=${sdk}`, { headers: { accept: 'application/json' } });
  } catch (error) {
    return { ok: false, error };
  }
  const body = await readJson(response);
  if (response.ok) {
    const duration = (body as { duration?: unknown } | undefined)?.duration;
    return { ok: true, duration: typeof duration === 'number' ? duration : 0 };
  }
  // A body that is not JSON (a proxy's HTML error page) still gives the alert something to show.
  return { ok: false, error: body ?? { error: { httpStatusCode: response.status } } };
}

/** Demo only: tells the stand-in what to answer next. */
export async function setDemoPlan(plan: DemoPlan): Promise<void> {
  const response = await fetch('/api/demo/plan', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(plan),
  });
  if (!response.ok) throw new Error(`The demo plan was refused (HTTP ${response.status}).`);
}
