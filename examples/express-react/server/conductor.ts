// The real conductor-node SDKs, pointed at a Conductor API of our choosing.
// v12 takes a `baseURL` option; v11 reads its server URL from an environment
// variable when the client is constructed, so it is set around construction only.
import ConductorV11 from 'conductor-node-v11';
import ConductorV12 from 'conductor-node-v12';
import type { SdkVersion } from '../demo-scenarios.js';

/** What the example asks Conductor: is this end user's QuickBooks Desktop reachable? */
export interface HealthCheck {
  /** How long the check took on Conductor's side, in milliseconds. */
  duration: number;
}

/** One call per SDK version, so the front end can pick which shape of error it gets. */
export type HealthCheckers = Readonly<Record<SdkVersion, (endUserId: string) => Promise<HealthCheck>>>;

/** Where Conductor is and who we are to it. */
export interface ConductorOptions {
  /** Conductor's origin, without `/v1`; the real one is `https://api.conductor.is`. */
  origin: string;
  /** The secret key, `sk_...`. */
  apiKey: string;
}

/** Runs `construct` with environment variables set, restoring them afterwards. */
function withEnv<T>(vars: Record<string, string>, construct: () => T): T {
  const saved = Object.keys(vars).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, vars);
  try {
    return construct();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Builds both SDK clients against `options.origin`, with retries off so each click is one request. */
export function createHealthCheckers(options: ConductorOptions): HealthCheckers {
  const v12 = new ConductorV12({ apiKey: options.apiKey, baseURL: `${options.origin}/v1`, maxRetries: 0 });
  // v11's source names CONDUCTOR_MOCK_API_SERVER_URL as its server override, and
  // would otherwise ask the npm registry for updates on every construction.
  const v11 = withEnv({ CONDUCTOR_MOCK_API_SERVER_URL: options.origin, CONDUCTOR_HIDE_UPDATE_MESSAGE: '1' }, () => {
    return new ConductorV11(options.apiKey);
  });
  return {
    v12: async (endUserId) => {
      const { duration } = await v12.qbd.healthCheck({ conductorEndUserId: endUserId });
      return { duration };
    },
    v11: async (endUserId) => {
      const { duration } = await v11.endUsers.ping(endUserId, 'quickbooks_desktop');
      return { duration };
    },
  };
}
