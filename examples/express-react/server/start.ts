// Builds the front end and starts the whole example in this process: the
// Conductor stand-in, then the Express server that talks to it through the
// SDKs and serves the front end. Used by `npm run example` and by the
// end-to-end test, so both run the example the same way.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { type StandIn, startStandIn } from '../stand-in/server.js';
import { createExampleApp } from './app.js';
import { createHealthCheckers } from './conductor.js';
import type { ErrorLogger } from './error-handler.js';

const EXAMPLE_DIR = fileURLToPath(new URL('..', import.meta.url));
const LIBRARY_ENTRY = fileURLToPath(new URL('../../../dist/index.js', import.meta.url));

/** Thrown when the library has not been built: the front end imports its dist/, as an app would. */
export class LibraryNotBuiltError extends Error {
  constructor() {
    super('The library is not built (dist/index.js is missing): run `npm run build` at the repository root first.');
    this.name = 'LibraryNotBuiltError';
  }
}

/** Builds the front end into `outDir` (default: examples/express-react/dist) and returns that directory. */
export async function buildFrontEnd(outDir = `${EXAMPLE_DIR}dist`): Promise<string> {
  if (!existsSync(LIBRARY_ENTRY)) throw new LibraryNotBuiltError();
  await build({
    configFile: `${EXAMPLE_DIR}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Where and how the example runs. */
export interface StartExampleOptions {
  /** The built front end (see `buildFrontEnd`); leave out to serve the API only. */
  staticDir?: string;
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
      ...(options.staticDir ? { staticDir: options.staticDir } : {}),
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
