// The example's Express app: one API route that asks Conductor (through the
// real SDK) whether QuickBooks Desktop is reachable, a demo-only route that
// tells the stand-in what to answer, and the built front end.
import express, { type Express } from 'express';
import { type DemoPlan, isSdkVersion, parseDemoPlan } from '../demo-scenarios.js';
import type { HealthCheckers } from './conductor.js';
import { conductorErrorHandler, type ErrorLogger } from './error-handler.js';

/** The end user whose QuickBooks Desktop the example checks; a real app takes it from the session. */
export const DEMO_END_USER_ID = 'end_usr_demo1234567';

/** Parses JSON text; `undefined` for anything that is not valid JSON text. */
function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What the app is built from. */
export interface ExampleAppOptions {
  /** The SDK calls, one per conductor-node version. */
  conductor: HealthCheckers;
  /** Tells the stand-in what to answer next; leave out when talking to the real Conductor. */
  setPlan?: (plan: DemoPlan) => void;
  /** The built front end to serve at `/`; leave out to serve the API only. */
  staticDir?: string;
  /** Where errors are logged; `console` by default. */
  logger?: ErrorLogger;
}

/** Builds the Express app; the caller decides where it listens. */
export function createExampleApp(options: ExampleAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/api/quickbooks/health-check', async (req, res) => {
    const sdk = req.query.sdk ?? 'v12';
    if (!isSdkVersion(sdk)) {
      res.status(400).json({ problem: 'The sdk query parameter must be v12 or v11.' });
      return;
    }
    // Express 5 hands a rejected promise to the error handler below.
    const { duration } = await options.conductor[sdk](DEMO_END_USER_ID);
    res.json({ status: 'ok', duration });
  });

  const { setPlan } = options;
  if (setPlan) {
    // Read as text so malformed JSON gets the same clear 400 as a wrong shape.
    app.put('/api/demo/plan', express.text({ type: () => true }), (req, res) => {
      const plan = parseDemoPlan(parseJson(req.body));
      if (!plan) {
        res.status(400).json({ problem: 'Expected { scenario: <scenario id> | null, failures: <count> | null }.' });
        return;
      }
      setPlan(plan);
      res.status(204).end();
    });
  }

  if (options.staticDir) app.use(express.static(options.staticDir));

  app.use(conductorErrorHandler(options.logger));
  return app;
}
