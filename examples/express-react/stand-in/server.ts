// A stand-in for Conductor's API on localhost. The real conductor-node SDKs
// talk HTTP to it as they would to Conductor; it answers the two health-check
// routes the example calls with whatever the current `DemoPlan` says.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoPlan } from '../demo-scenarios.js';
import { type ConductorErrorObject, SCENARIO_ERRORS, type ScenarioError } from './error-bodies.js';

/** One request the stand-in answered, kept so tests can see what the SDK really sent. */
export interface StandInRequest {
  /** HTTP method and path, e.g. `GET /v1/quickbooks-desktop/health-check`. */
  route: string;
  /** The SDK's `User-Agent`: tells v11 from v12. */
  userAgent: string;
  /** Whether an `Authorization: Bearer ...` header came with it. */
  authorized: boolean;
  /** The request id sent back in the `conductor-request-id` header. */
  requestId: string;
  /** The error code answered, or `'ok'`. */
  answer: string;
}

/** A running stand-in. */
export interface StandIn {
  /** Base URL without the `/v1` suffix, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Replaces what the next requests get. */
  setPlan(plan: DemoPlan): void;
  /** Every request answered so far, oldest first. */
  requests: StandInRequest[];
  /** Stops listening and drops open connections; calling it again waits for the same stop. */
  close(): Promise<void>;
}

/** Where the stand-in listens; port 0 picks a free one. */
export interface StandInOptions {
  /** Defaults to 0: any free port. */
  port?: number;
  /** Defaults to 127.0.0.1 so nothing outside this machine can reach it. */
  host?: string;
}

const V12_HEALTH = '/v1/quickbooks-desktop/health-check';
const V11_PING_PREFIX = '/v1/end-users/';
const V11_PING_SUFFIX = '/ping/quickbooks_desktop';

function isKnownRoute(method: string, path: string): boolean {
  if (method !== 'GET') return false;
  if (path === V12_HEALTH) return true;
  return path.startsWith(V11_PING_PREFIX) && path.endsWith(V11_PING_SUFFIX);
}

const NOT_FOUND: ScenarioError = {
  message: 'The stand-in only answers the QuickBooks Desktop health check and the end-user ping.',
  userFacingMessage: 'An internal server error occurred. Please try again later.',
  type: 'INVALID_REQUEST_ERROR',
  code: 'RESOURCE_MISSING',
  httpStatusCode: 404,
};

function sendJson(res: ServerResponse, status: number, requestId: string, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'conductor-request-id': requestId });
  res.end(JSON.stringify(body));
}

/** Starts the stand-in; resolves once it is listening. */
export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  let plan: DemoPlan = { scenario: null, failures: null };
  let failuresLeft: number | null = null;
  const requests: StandInRequest[] = [];

  /** The error the plan says to answer with now, counting it against `failures`. */
  function nextError(): ScenarioError | undefined {
    if (plan.scenario === null) return undefined;
    if (failuresLeft === null) return SCENARIO_ERRORS[plan.scenario];
    if (failuresLeft <= 0) return undefined;
    failuresLeft -= 1;
    return SCENARIO_ERRORS[plan.scenario];
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    const requestId = `req_${randomBytes(8).toString('hex')}`;
    const error = isKnownRoute(method, path) ? nextError() : NOT_FOUND;
    requests.push({
      route: `${method} ${path}`,
      userAgent: req.headers['user-agent'] ?? '',
      authorized: (req.headers.authorization ?? '').startsWith('Bearer '),
      requestId,
      answer: error?.code ?? 'ok',
    });
    if (error) {
      const body: { error: ConductorErrorObject } = { error: { ...error, requestId } };
      sendJson(res, error.httpStatusCode, requestId, body);
    } else {
      sendJson(res, 200, requestId, { status: 'ok', duration: 42 });
    }
  }

  const server = createServer((req, res) => {
    // Drain the body first: the health checks have none, but a client may send one.
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;

  return {
    origin: `http://${address}:${port}`,
    setPlan(next) {
      plan = next;
      failuresLeft = next.failures;
    },
    requests,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
