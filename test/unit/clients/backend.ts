// The backend the client tests talk to: a real HTTP server on 127.0.0.1 whose
// routes call a local stand-in for Conductor's API through the real
// conductor-node SDKs, and answer the way a real backend would.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConductorError as ConductorErrorV11 } from 'conductor-node-v11';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { afterAll, beforeAll } from 'vitest';
import { toConductorErrorResponse } from '../../../src/core/response.js';
import { rejectionOf, v11Client, v12Client } from '../sdk/clients.js';
import { envelope, QBD_CONNECTION_ERROR } from '../sdk/fixtures.js';
import { type StandInApi, startStandInApi } from '../sdk/stand-in-api.js';

/** The end user whose QuickBooks Desktop every route asks about. */
const END_USER = 'end_usr_client_tests';

/** The request id a gateway in front of the backend passes on beside a body that is no JSON. */
export const GATEWAY_REQUEST_ID = 'req_gateway_page';

/** A running HTTP server. */
export interface Running {
  /** Its origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Stops it, dropping open keep-alive sockets. */
  close: () => Promise<void>;
}

/** Serves `handler` on a free port of 127.0.0.1. */
export async function serve(handler: RequestListener | Express): Promise<Running> {
  const server: Server = createServer(handler as RequestListener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The stand-in for Conductor, answering every call with the documented QuickBooks Desktop connection error. */
export function startConductor(): Promise<StandInApi> {
  return startStandInApi({
    status: QBD_CONNECTION_ERROR.httpStatusCode,
    body: JSON.stringify(envelope(QBD_CONNECTION_ERROR)),
    headers: { 'conductor-request-id': QBD_CONNECTION_ERROR.requestId },
  });
}

/** Asks Conductor, through the real v12 SDK, whether the end user's QuickBooks Desktop is reachable. */
export function healthCheckV12(conductorOrigin: string): Promise<unknown> {
  return v12Client(conductorOrigin).qbd.healthCheck({ conductorEndUserId: END_USER });
}

/** The same through the real v11 SDK, whose errors carry `userFacingMessage`, as Conductor's handler docs use. */
export function healthCheckV11(conductorOrigin: string): Promise<unknown> {
  return v11Client(conductorOrigin).endUsers.ping(END_USER, 'quickbooks_desktop');
}

/** What the v11 SDK throws for the stand-in's answer, for handlers that take the thrown error itself. */
export function v11Error(conductorOrigin: string): Promise<unknown> {
  return rejectionOf(healthCheckV11(conductorOrigin));
}

/** This library's handler: `toConductorErrorResponse`, as the README recommends. */
const libraryHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  const { status, body } = toConductorErrorResponse(err);
  res.status(status).json(body);
};

/** Conductor's documented Express handler: the user-facing text as `message`, always 500. */
const documentedHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  if (err instanceof ConductorErrorV11) {
    res.status(500).send({ error: { message: err.userFacingMessage } });
  } else {
    res.status(500).send({ error: { message: 'Unexpected error.' } });
  }
};

/**
 * The REST backend, in Express 5:
 * - `GET /api/health`: the v12 SDK's error through `toConductorErrorResponse`;
 * - `GET /api/gateway`: a 502 HTML page with a `conductor-request-id` header,
 *   as a gateway in front of the backend may answer;
 * - `GET /api/documented/health`: the v11 SDK's error through Conductor's documented handler.
 */
export function restBackend(conductorOrigin: string): Express {
  const app = express();
  app.get('/api/health', async (_req, res) => {
    res.json(await healthCheckV12(conductorOrigin));
  });
  app.get('/api/gateway', (_req, res) => {
    res
      .status(502)
      .set('conductor-request-id', GATEWAY_REQUEST_ID)
      .type('html')
      .send('<html><body>Bad Gateway</body></html>');
  });
  app.use('/api/health', libraryHandler);

  const documented = express.Router();
  documented.get('/health', async (_req, res) => {
    res.json(await healthCheckV11(conductorOrigin));
  });
  documented.use(documentedHandler);
  app.use('/api/documented', documented);
  return app;
}

/** The stand-in Conductor and the REST backend in front of it, started together. */
export async function startRestStack(): Promise<{ origin: string; close: () => Promise<void> }> {
  const conductor = await startConductor();
  const backend = await serve(restBackend(conductor.origin));
  return {
    origin: backend.origin,
    close: async () => {
      await backend.close();
      await conductor.close();
    },
  };
}

/**
 * Starts the REST stack before this file's tests and stops it after them;
 * `origin` is the backend's once started.
 */
export function restStackForThisFile(): { readonly origin: string } {
  const handle = { origin: '' };
  let close = async (): Promise<void> => {};
  beforeAll(async () => {
    const stack = await startRestStack();
    handle.origin = stack.origin;
    close = stack.close;
  });
  afterAll(() => close());
  return handle;
}
