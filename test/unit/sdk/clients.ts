// Real conductor-node clients pointed at a local stand-in, and a helper that
// returns what a failing SDK call rejects with.
import Conductor11 from 'conductor-node-v11';
import Conductor12 from 'conductor-node-v12';

/** An API key of the right form; the stand-in never checks it. */
const TEST_API_KEY = 'sk_test_stand_in';

/**
 * A v11 client that talks to `origin`. v11 reads its server URL from
 * CONDUCTOR_MOCK_API_SERVER_URL once, in the constructor; the variable is
 * restored at once so no other test sees it.
 */
export function v11Client(origin: string): Conductor11 {
  const saved = {
    url: process.env.CONDUCTOR_MOCK_API_SERVER_URL,
    hideUpdate: process.env.CONDUCTOR_HIDE_UPDATE_MESSAGE,
  };
  process.env.CONDUCTOR_MOCK_API_SERVER_URL = origin;
  // The update check would call the npm registry; the test network is closed.
  process.env.CONDUCTOR_HIDE_UPDATE_MESSAGE = '1';
  try {
    return new Conductor11(TEST_API_KEY);
  } finally {
    restore('CONDUCTOR_MOCK_API_SERVER_URL', saved.url);
    restore('CONDUCTOR_HIDE_UPDATE_MESSAGE', saved.hideUpdate);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** A v12 client that talks to `origin` without retries, so each test makes exactly one request. */
export function v12Client(origin: string, options: { timeout?: number } = {}): Conductor12 {
  return new Conductor12({ apiKey: TEST_API_KEY, baseURL: `${origin}/v1`, maxRetries: 0, ...options });
}

/** What a call rejects with; fails the test when the call succeeds. */
export async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the SDK call to fail, but it succeeded.');
}
