// Apollo Client 4 against Apollo Server 5: a CombinedGraphQLErrors whose
// `errors[i].extensions` carry the fields the server's `formatError` put there,
// directly or under `conductorError`. The alert takes the thrown value, or
// `result.error`, as it is.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, test } from 'vitest';
import { QBD_CONNECTION_ERROR } from '../sdk/fixtures.js';
import { expectRealErrorAndSteps } from './expect-real.js';
import {
  fieldsOnExtensions,
  fieldsUnderConductorError,
  graphqlStackForThisFile,
  queryError,
  readmeFormatError,
  resultError,
} from './graphql-backend.js';

describe.each([
  ['the Conductor fields on extensions', fieldsOnExtensions],
  ['the Conductor fields under extensions.conductorError', fieldsUnderConductorError],
  ['the README’s formatError', readmeFormatError],
])('Apollo Client 4, %s', (_case, formatError) => {
  const stack = graphqlStackForThisFile(formatError, 'v12');

  test('what client.query throws is read, and the alert shows its steps', async () => {
    const thrown = await queryError(stack.client);
    expect(CombinedGraphQLErrors.is(thrown)).toBe(true);
    expectRealErrorAndSteps(thrown);
  });

  test('result.error, as useQuery gives it, works the same', async () => {
    const error = await resultError(stack.client);
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expectRealErrorAndSteps(error);
  });
});

describe('Apollo Client 4 with the README’s formatError', () => {
  const stack = graphqlStackForThisFile(readmeFormatError, 'v12');

  test('the developer message never reaches the browser: the GraphQL error’s message is the end-user text', async () => {
    const thrown = await queryError(stack.client);
    expect(CombinedGraphQLErrors.is(thrown)).toBe(true);
    const [first] = (thrown as CombinedGraphQLErrors).errors;
    expect(first?.message).toBe(QBD_CONNECTION_ERROR.userFacingMessage);
    expect(JSON.stringify((thrown as CombinedGraphQLErrors).errors)).not.toContain(QBD_CONNECTION_ERROR.message);
  });
});
