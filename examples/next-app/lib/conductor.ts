// The app's calls to Conductor, on the server only. Both SDKs read where
// Conductor is from the environment (CONDUCTOR_BASE_URL for v12,
// CONDUCTOR_MOCK_API_SERVER_URL for v11; the example's launcher points them
// at a local stand-in), and the secret key from CONDUCTOR_SECRET_KEY.
import Conductor from 'conductor-node';
import ConductorV11 from 'conductor-node-v11';

/** The end user whose QuickBooks Desktop the page checks. */
const END_USER_ID = process.env.CONDUCTOR_END_USER_ID ?? 'end_usr_example';
const API_ORIGIN = 'https://api.conductor.is';

/** What a call threw, or `undefined` when it worked: the page shows the error as it came. */
async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The health check through conductor-node v12: resolves to the SDK's error instance when it fails. */
export function healthCheckError(): Promise<unknown> {
  return thrownBy(() => new Conductor({ maxRetries: 0 }).qbd.healthCheck({ conductorEndUserId: END_USER_ID }));
}

/** The same through conductor-node v11, whose errors are classes of their own. */
export function healthCheckErrorV11(): Promise<unknown> {
  return thrownBy(() =>
    new ConductorV11(process.env.CONDUCTOR_SECRET_KEY ?? '').endUsers.ping(END_USER_ID, 'quickbooks_desktop'),
  );
}

/** The health check with plain `fetch`: the API's JSON body as it came (the `{ error }` envelope), or `undefined` when it worked. */
export async function healthCheckJson(): Promise<unknown> {
  const response = await fetch(
    `${process.env.CONDUCTOR_BASE_URL ?? `${API_ORIGIN}/v1`}/quickbooks-desktop/health-check`,
    {
      headers: {
        authorization: `Bearer ${process.env.CONDUCTOR_SECRET_KEY ?? ''}`,
        'conductor-end-user-id': END_USER_ID,
      },
      cache: 'no-store',
    },
  );
  return response.ok ? undefined : response.json();
}
