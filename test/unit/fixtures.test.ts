// The story fixtures are only worth showing if they are what the SDKs really
// produce and what the core really reads: check both against the real
// conductor-node SDKs (v11 classes, v12 over a real HTTP request), then check
// every shape of every fixture normalizes to the same error.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConductorConnectionError, generateConductorErrorFromType } from 'conductor-node-v11';
import Conductor, { APIConnectionError, APIError } from 'conductor-node-v12';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeConductorError } from '../../src/core/index.js';
import { ERROR_FIXTURES, type ErrorFixture } from '../../stories/fixtures/errors.js';
import { fixtureShapes, responseHeaders, v11Json, v12Json, wireEnvelope } from '../../stories/fixtures/shapes.js';

const apiFixtures = ERROR_FIXTURES.filter((fixture) => fixture.origin === 'api');
const clientFixtures = ERROR_FIXTURES.filter((fixture) => fixture.origin === 'client');

/** A stand-in for Conductor's API: GET /end-users/<fixture id> answers with that fixture's error. */
let server: Server;
let baseURL: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const id = decodeURIComponent((request.url ?? '').split('/').pop() ?? '');
    const fixture = apiFixtures.find((candidate) => candidate.id === id);
    if (fixture === undefined) {
      response.writeHead(418).end();
      return;
    }
    response
      .writeHead(fixture.body.httpStatusCode ?? 500, responseHeaders(fixture))
      .end(JSON.stringify(wireEnvelope(fixture)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What conductor-node v11 throws for a fixture, after a JSON round trip. */
function realV11Json(fixture: ErrorFixture): unknown {
  const { body } = fixture;
  const error =
    fixture.origin === 'client'
      ? new ConductorConnectionError({ message: body.message, code: body.code, httpStatusCode: body.httpStatusCode })
      : // The SDK's own factory, called just as its response interceptor calls it.
        generateConductorErrorFromType({
          ...body,
          httpStatusCode: body.httpStatusCode ?? 500,
          headers: responseHeaders(fixture),
        });
  return JSON.parse(JSON.stringify(error));
}

/** What conductor-node v12 throws when the API answers with the fixture, caught from a real request. */
async function realV12Error(fixture: ErrorFixture): Promise<unknown> {
  const client = new Conductor({ apiKey: 'sk_test_fixture', baseURL, maxRetries: 0 });
  return client.endUsers.retrieve(fixture.id).then(
    () => expect.unreachable('the stand-in always answers with an error'),
    (error: unknown) => error,
  );
}

describe('fixtures are what the real SDKs produce', () => {
  it.each(ERROR_FIXTURES.map((fixture) => [fixture.id, fixture] as const))('v11 JSON of %s', (_id, fixture) => {
    expect(v11Json(fixture)).toEqual(realV11Json(fixture));
  });

  it.each(apiFixtures.map((fixture) => [fixture.id, fixture] as const))(
    'v12 APIError JSON of %s',
    async (_id, fixture) => {
      const error = await realV12Error(fixture);
      expect(error).toBeInstanceOf(APIError);
      const real = JSON.parse(JSON.stringify(error));
      const ours = v12Json(fixture) as { status: number; headers: object; error: object };
      expect(real.status).toBe(ours.status);
      expect(real.error).toEqual(ours.error);
      // The real headers also hold date, connection and the like; ours keep the two the core may read.
      expect(real.headers).toMatchObject(ours.headers);
    },
  );
});

describe('every shape of every fixture normalizes to the same error', () => {
  const cases = ERROR_FIXTURES.flatMap((fixture) =>
    fixtureShapes(fixture).map(({ shape, value }) => [fixture.id, shape, fixture, value] as const),
  );

  it.each(cases)('%s as %s', (_id, _shape, fixture, value) => {
    const { body } = fixture;
    expect(normalizeConductorError(value)).toEqual({
      message: body.message,
      userFacingMessage: body.userFacingMessage,
      type: body.type,
      code: body.code,
      httpStatusCode: body.httpStatusCode,
      integrationCode: body.integrationCode,
      requestId: body.requestId,
      // Conductor's docs: only the end user can fix connection errors on their side.
      severity: body.type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error',
    });
  });

  it.each(apiFixtures.map((fixture) => [fixture.id, fixture] as const))(
    'a live v12 APIError for %s',
    async (_id, fixture) => {
      expect(normalizeConductorError(await realV12Error(fixture))).toEqual(normalizeConductorError(fixture.body));
    },
  );

  it.each(clientFixtures.map((fixture) => [fixture.id, fixture] as const))(
    'a live v12 connection failure like %s',
    async (_id, fixture) => {
      // Nothing listens on port 9 (discard) here: the SDK's request is refused.
      const client = new Conductor({ apiKey: 'sk_test_fixture', baseURL: 'http://127.0.0.1:9', maxRetries: 0 });
      const error = await client.endUsers.list().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(APIConnectionError);
      const normalized = normalizeConductorError(error);
      expect(normalized.type).toBe(fixture.body.type);
      expect(normalized.userFacingMessage).toBe(fixture.body.userFacingMessage);
      expect(normalized.requestId).toBeUndefined();
    },
  );
});
