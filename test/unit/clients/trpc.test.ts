// tRPC 11, server and client, with the README's errorFormatter: it adds
// Conductor's end-user-safe fields to the error's `data` as `conductorError`
// and sends the end-user text as the message, and the client's
// TRPCClientError carries them at `err.data.conductorError`.
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { initTRPC } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { ConductorError } from 'conductor-node-v12';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toConductorErrorResponse } from '../../../src/core/response.js';
import { rejectionOf } from '../sdk/clients.js';
import { QBD_CONNECTION_ERROR } from '../sdk/fixtures.js';
import { healthCheckV12, type Running, serve, startConductor } from './backend.js';
import { expectRealErrorAndSteps, renderAlert } from './expect-real.js';

const t = initTRPC.create({
  // The thrown SDK error is the TRPCError's cause; only its end-user-safe fields go to the client.
  errorFormatter({ shape, error }) {
    if (!(error.cause instanceof ConductorError)) return shape;
    const { body } = toConductorErrorResponse(error.cause);
    // Outside production tRPC adds the stack, which starts with the SDK error's developer message.
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message: body.error.userFacingMessage, data: { ...data, conductorError: body.error } };
  },
});

function appRouter(conductorOrigin: string) {
  return t.router({ health: t.procedure.query(() => healthCheckV12(conductorOrigin).then(() => 'ok')) });
}

let servers: Running[] = [];
let client: ReturnType<typeof createTRPCClient<ReturnType<typeof appRouter>>>;
beforeAll(async () => {
  const conductor = await startConductor();
  const backend = await serve(createHTTPHandler({ router: appRouter(conductor.origin) }));
  servers = [backend, { origin: conductor.origin, close: conductor.close }];
  client = createTRPCClient<ReturnType<typeof appRouter>>({ links: [httpLink({ url: backend.origin })] });
});
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('tRPC 11', () => {
  test('the fields the errorFormatter added are read from TRPCClientError.data, and the alert shows its steps', async () => {
    const thrown = await rejectionOf(client.health.query());
    expect(thrown).toBeInstanceOf(TRPCClientError);
    expect((thrown as TRPCClientError<never>).data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expectRealErrorAndSteps(thrown);
  });

  test('the error’s own message, which tRPC sends to the browser, is the end-user text: the developer message never crosses', async () => {
    const thrown = await rejectionOf(client.health.query());
    expect((thrown as Error).message).toBe(QBD_CONNECTION_ERROR.userFacingMessage);
    expect(JSON.stringify(thrown)).not.toContain(QBD_CONNECTION_ERROR.message);
    expect(renderAlert(thrown)).not.toContain(QBD_CONNECTION_ERROR.message);
  });
});
