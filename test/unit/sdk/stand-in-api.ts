// A local stand-in for Conductor's REST API: a real node:http server on
// 127.0.0.1 that the real conductor-node SDKs talk to over a real socket, so
// the errors under test are the ones the SDKs build from a real response.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The response the stand-in sends to every request. */
export interface StandInResponse {
  /** HTTP status, e.g. 502. */
  status: number;
  /** The body as sent: JSON text, or anything else to test a broken response. */
  body: string;
  /** Extra response headers, e.g. `conductor-request-id`. */
  headers?: Record<string, string>;
}

/** A running stand-in. */
export interface StandInApi {
  /** Origin of the server, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The paths requested so far, to prove the SDK really called the server. */
  requestedPaths: string[];
  /** Stops the server and drops open keep-alive sockets. */
  close: () => Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1 and resolves once it listens. */
async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return server;
}

function originOf(server: Server): string {
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A stand-in that answers every request with the given error response. */
export async function startStandInApi(answer: StandInResponse): Promise<StandInApi> {
  const requestedPaths: string[] = [];
  const server = await listen((request, response) => {
    requestedPaths.push(request.url ?? '');
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    response.end(answer.body);
  });
  return { origin: originOf(server), requestedPaths, close: () => stop(server) };
}

/** A stand-in that accepts connections and never answers, for the SDK's request timeout. */
export async function startSilentApi(): Promise<StandInApi> {
  const requestedPaths: string[] = [];
  const server = await listen((request) => {
    requestedPaths.push(request.url ?? '');
  });
  return { origin: originOf(server), requestedPaths, close: () => stop(server) };
}

/** The origin of a port that was free a moment ago and is closed now: connecting to it is refused. */
export async function closedPortOrigin(): Promise<string> {
  const server = await listen(() => undefined);
  const origin = originOf(server);
  await stop(server);
  return origin;
}
