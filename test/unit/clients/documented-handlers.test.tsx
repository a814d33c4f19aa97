// Conductor's two documented global handlers, with the real v11 SDK behind
// them: Express sends `{ error: { message: error.userFacingMessage } }` with a
// 500, Apollo's `formatError` sets each GraphQL error's `message` to the
// user-facing text. With `messageIsUserFacing` the end user sees that text and
// its steps; without it, the generic text, because `message` is developer text
// everywhere else.
import axios from 'axios';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ConductorErrorAlert } from '../../../src/alert/ConductorErrorAlert.js';
import { normalizeConductorError } from '../../../src/core/normalize.js';
import { readConductorError } from '../../../src/core/read-response.js';
import { DEFAULT_USER_FACING_MESSAGE } from '../../../src/core/types.js';
import { ConductorErrorProvider } from '../../../src/provider/ConductorErrorProvider.js';
import { rejectionOf } from '../sdk/clients.js';
import { QBD_CONNECTION_ERROR } from '../sdk/fixtures.js';
import { restStackForThisFile } from './backend.js';
import { expectGeneric, expectRealSteps, renderAlert } from './expect-real.js';
import { documentedFormatError, graphqlStackForThisFile, queryError } from './graphql-backend.js';

const OPT_IN = { messageIsUserFacing: true } as const;
const USER_TEXT = QBD_CONNECTION_ERROR.userFacingMessage;

/** The documented handlers send no request id: the alert shows the steps without one. */
const NO_REQUEST_ID = null;

/** Asserts the opt-in shows the real text and steps on `thrown`, by prop and by provider, and that without it the generic text shows. */
function expectOnlyWithOptIn(thrown: unknown): void {
  expect(normalizeConductorError(thrown, OPT_IN).userFacingMessage).toBe(USER_TEXT);
  expectRealSteps(renderAlert(thrown, OPT_IN), NO_REQUEST_ID);
  expectRealSteps(
    renderToString(
      <ConductorErrorProvider messageIsUserFacing>
        <ConductorErrorAlert error={thrown} />
      </ConductorErrorProvider>,
    ),
    NO_REQUEST_ID,
  );

  expect(normalizeConductorError(thrown).userFacingMessage).toBe(DEFAULT_USER_FACING_MESSAGE);
  expectGeneric(renderAlert(thrown));
  // The alert's own `false` wins over the provider's `true`.
  expectGeneric(
    renderToString(
      <ConductorErrorProvider messageIsUserFacing>
        <ConductorErrorAlert error={thrown} messageIsUserFacing={false} />
      </ConductorErrorProvider>,
    ),
  );
}

describe('Conductor’s documented Express handler', () => {
  const stack = restStackForThisFile();
  const url = () => `${stack.origin}/api/documented/health`;

  test('axios: the opt-in reads the body’s message, never the AxiosError’s', async () => {
    const thrown = await rejectionOf(axios.get(url()));
    expect((thrown as Error).message).toBe('Request failed with status code 500');
    expectOnlyWithOptIn(thrown);
    expect(normalizeConductorError(thrown, OPT_IN).httpStatusCode).toBe(500);
  });

  test('fetch with readConductorError, the opt-in passed to the reader', async () => {
    const withOptIn = await readConductorError(await fetch(url()), OPT_IN);
    expect(withOptIn).toMatchObject({ userFacingMessage: USER_TEXT, httpStatusCode: 500 });
    expectRealSteps(renderAlert(withOptIn), NO_REQUEST_ID);
    const without = await readConductorError(await fetch(url()));
    expectGeneric(renderAlert(without));
  });

  test('the parsed JSON body, as a TanStack queryFn throws it', async () => {
    const response = await fetch(url());
    expect(response.status).toBe(500);
    expectOnlyWithOptIn(await response.json());
  });
});

describe('Conductor’s documented Apollo formatError', () => {
  const stack = graphqlStackForThisFile(documentedFormatError, 'v11');

  test('Apollo Client 4: the opt-in reads the GraphQL error’s message', async () => {
    const thrown = await queryError(stack.client);
    expectOnlyWithOptIn(thrown);
  });
});
