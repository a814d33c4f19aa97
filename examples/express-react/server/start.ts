// Starts the whole example in this process: the Conductor stand-in, then the
// Express server that talks to it through the SDKs and serves the front end.
// Used by `npm run example` and by the end-to-end test.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type StandIn, startStandIn } from '../stand-in/server.js';
import { createExampleApp } from './app.js';
import { createHealthCheckers } from './conductor.js';
import type { ErrorLogger } from './error-handler.js';

/** Where and how the example runs. */
export interface StartExampleOptions {
  /** The built front end (see `buildFrontEnd`). */
  staticDir: string;
  /** The app's port; 0 (the default) picks a free one. */
  port?: number;
  /** Defaults to 127.0.0.1: the demo is for this machine only. */
  host?: string;
  /** Where the server logs Conductor errors; `console` by default. */
  logger?: ErrorLogger;
}

/** A running example. */
export interface RunningExample {
  /** The app's URL, e.g. `http://127.0.0.1:5175/`. */
  url: string;
  /** The stand-in the server's SDK calls reach. */
  standIn: StandIn;
  /** Stops the server and the stand-in. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

/** Starts the stand-in and the server; if the server cannot listen, the stand-in is stopped again. */
export async function startExample(options: StartExampleOptions): Promise<RunningExample> {
  const host = options.host ?? '127.0.0.1';
  const standIn = await startStandIn({ host });
  try {
    const app = createExampleApp({
      // A real app reads its key from the environment; the stand-in accepts any.
      conductor: createHealthCheckers({ origin: standIn.origin, apiKey: 'sk_test_example_key' }),
      setPlan: standIn.setPlan,
      staticDir: options.staticDir,
      ...(options.logger ? { logger: options.logger } : {}),
    });
    const server = createServer(app);
    const { address, port } = await listen(server, options.port ?? 0, host);
    let closing: Promise<void> | undefined;
    return {
      url: `http://${address}:${port}/`,
      standIn,
      // Safe to call twice: a test may stop the example itself, then again in its clean-up.
      close: () => {
        closing ??= closeServer(server).finally(() => standIn.close());
        return closing;
      },
    };
  } catch (error) {
    await standIn.close();
    throw error;
  }
}
