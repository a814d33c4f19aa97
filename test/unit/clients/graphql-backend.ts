// A GraphQL backend: Apollo Server 5 on Express 5, one `health` query that
// calls the Conductor stand-in through a real conductor-node SDK, and a
// `formatError` of the app's choosing; plus the Apollo Client 4 that asks it.
import { ApolloClient, type ApolloClient as Client, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { ConductorError as ConductorErrorV11 } from 'conductor-node-v11';
import { ConductorError as ConductorErrorV12 } from 'conductor-node-v12';
import express from 'express';
import { afterAll, beforeAll } from 'vitest';
import { toConductorErrorResponse } from '../../../src/core/response.js';
import { rejectionOf } from '../sdk/clients.js';
import { healthCheckV11, healthCheckV12, serve, startConductor } from './backend.js';

/** What Apollo Server's `formatError` is. */
type FormatError = NonNullable<ApolloServerOptions<object>['formatError']>;

/** Puts Conductor's end-user-safe fields straight onto the GraphQL error's `extensions`. */
export const fieldsOnExtensions: FormatError = (formatted, error) => ({
  ...formatted,
  extensions: { ...formatted.extensions, ...toConductorErrorResponse(unwrapResolverError(error)).body.error },
});

/** Puts them under `extensions.conductorError`, beside Apollo's own `code`. */
export const fieldsUnderConductorError: FormatError = (formatted, error) => ({
  ...formatted,
  extensions: {
    ...formatted.extensions,
    conductorError: toConductorErrorResponse(unwrapResolverError(error)).body.error,
  },
});

/**
 * The README's `formatError`: a Conductor error gets the end-user text as its
 * message (the developer text would otherwise reach the browser) and its safe
 * fields under `extensions.conductorError`; anything else stays as it is.
 */
export const readmeFormatError: FormatError = (formatted, error) => {
  const original = unwrapResolverError(error);
  if (!(original instanceof ConductorErrorV12)) return formatted;
  const { body } = toConductorErrorResponse(original);
  return {
    message: body.error.userFacingMessage,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: body.error.code ?? 'CONDUCTOR_ERROR', conductorError: body.error },
  };
};

/** Conductor's documented `formatError`: the GraphQL error's `message` becomes the user-facing text. */
export const documentedFormatError: FormatError = (formatted, error) => {
  const original = unwrapResolverError(error);
  return original instanceof ConductorErrorV11 ? { ...formatted, message: original.userFacingMessage } : formatted;
};

/** The one query, asking whether the end user's QuickBooks Desktop is reachable. */
export const HEALTH = gql`
  query Health {
    health
  }
`;

/** Which SDK the resolver calls: v12 for this library's handlers, v11 (whose errors carry `userFacingMessage`) for Conductor's documented one. */
export type Sdk = 'v11' | 'v12';

/**
 * Starts the stand-in Conductor and the GraphQL backend before this file's
 * tests and stops them after; `client` is an Apollo Client 4 for it, and
 * `origin` the backend's, for other clients.
 */
export function graphqlStackForThisFile(formatError: FormatError, sdk: Sdk): { client: Client; origin: string } {
  const handle = {} as { client: Client; origin: string };
  const stops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    const conductor = await startConductor();
    stops.push(conductor.close);
    const healthCheck = sdk === 'v11' ? healthCheckV11 : healthCheckV12;
    const server = new ApolloServer({
      typeDefs: 'type Query { health: String }',
      resolvers: { Query: { health: () => healthCheck(conductor.origin).then(() => 'ok') } },
      formatError,
    });
    await server.start();
    stops.push(() => server.stop());
    const backend = await serve(express().use('/graphql', express.json(), expressMiddleware(server)));
    stops.push(backend.close);
    handle.origin = backend.origin;
    handle.client = new ApolloClient({
      link: new HttpLink({ uri: `${backend.origin}/graphql` }),
      cache: new InMemoryCache(),
    });
  });
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });
  return handle;
}

/** What `client.query` throws for the health query (Apollo Client 4's default errorPolicy, `none`). */
export function queryError(client: Client): Promise<unknown> {
  return rejectionOf(client.query({ query: HEALTH, fetchPolicy: 'no-cache' }));
}

/** The `error` of the query's result with `errorPolicy: 'all'`, as `useQuery` hands it to a component. */
export async function resultError(client: Client): Promise<unknown> {
  const result = await client.query({ query: HEALTH, fetchPolicy: 'no-cache', errorPolicy: 'all' });
  return result.error;
}
