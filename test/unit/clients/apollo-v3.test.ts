// Apollo Client 3 (3.14, installed as `apollo-client-v3`) against the same
// Apollo Server 5: what it throws is an ApolloError whose `graphQLErrors[i]`
// carry the fields the server's `formatError` put on `extensions`. The alert
// takes it as it is, so the README's one line works on Apollo Client 3 and 4.
import { ApolloClient, ApolloError, gql, HttpLink, InMemoryCache } from 'apollo-client-v3/core/index.js';
import { describe, expect, test } from 'vitest';
import { rejectionOf } from '../sdk/clients.js';
import { expectRealErrorAndSteps } from './expect-real.js';
import { fieldsOnExtensions, fieldsUnderConductorError, graphqlStackForThisFile } from './graphql-backend.js';

const HEALTH = gql`
  query Health {
    health
  }
`;

describe.each([
  ['the Conductor fields on extensions', fieldsOnExtensions],
  ['the Conductor fields under extensions.conductorError', fieldsUnderConductorError],
])('Apollo Client 3, %s', (_case, formatError) => {
  const stack = graphqlStackForThisFile(formatError, 'v12');
  const client = () =>
    new ApolloClient({ link: new HttpLink({ uri: `${stack.origin}/graphql` }), cache: new InMemoryCache() });

  test('the ApolloError client.query throws is read, and the alert shows its steps', async () => {
    const thrown = await rejectionOf(client().query({ query: HEALTH, fetchPolicy: 'no-cache' }));
    expect(thrown).toBeInstanceOf(ApolloError);
    expect((thrown as ApolloError).graphQLErrors.length).toBeGreaterThan(0);
    expectRealErrorAndSteps(thrown);
  });

  test('result.errors with errorPolicy all, the GraphQL errors as a plain list, work the same', async () => {
    const result = await client().query({ query: HEALTH, fetchPolicy: 'no-cache', errorPolicy: 'all' });
    // Apollo Client 3's client.query gives the list itself (useQuery wraps it in an ApolloError, as above).
    expect(result.errors?.length).toBeGreaterThan(0);
    expectRealErrorAndSteps(result.errors);
  });
});
