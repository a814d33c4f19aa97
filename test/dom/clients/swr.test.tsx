// SWR: a hook's `error` is whatever its fetcher throws. A fetcher built on
// `fetch` throws what readConductorError reads from a failed response, and
// the page hands SWR's `error` to the alert as it is. Rendered in jsdom, so
// SWR runs its real client-side fetch against the local backend.
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import useSWR, { SWRConfig } from 'swr';
import { describe, expect, test } from 'vitest';
import { ConductorErrorAlert } from '../../../src/alert/ConductorErrorAlert.js';
import { parseFixSteps } from '../../../src/core/parse/index.js';
import { readConductorError } from '../../../src/core/read-response.js';
import { GATEWAY_REQUEST_ID, restStackForThisFile } from '../../unit/clients/backend.js';
import { QBD_CONNECTION_ERROR } from '../../unit/sdk/fixtures.js';

const stack = restStackForThisFile();

/** The fetcher the README shows: a failed response is thrown as what readConductorError reads. */
async function fetcher(path: string): Promise<unknown> {
  const response = await fetch(`${stack.origin}${path}`);
  if (!response.ok) throw await readConductorError(response);
  return response.json();
}

/** A page that shows SWR's error with the alert, as an app would. */
function HealthPage({ path }: { path: string }) {
  const { error, data } = useSWR(path, fetcher);
  if (error) return <ConductorErrorAlert error={error} />;
  return <p>{data ? 'Connected' : 'Checking…'}</p>;
}

/** Each test gets a cache of its own, and SWR does not retry the failure. */
function renderPage(path: string) {
  return render(
    <SWRConfig value={{ provider: () => new Map(), shouldRetryOnError: false, dedupingInterval: 0 }}>
      <HealthPage path={path} />
    </SWRConfig>,
  );
}

describe('SWR with readConductorError in the fetcher', () => {
  test('the alert shows the real steps and request id, never the developer message', async () => {
    renderPage('/api/health');
    // A connection error is a warning: the alert is a polite status region, named by its title.
    const alert = await screen.findByRole('status', { name: 'Could not reach QuickBooks Desktop' }, { timeout: 5000 });
    const steps = parseFixSteps(QBD_CONNECTION_ERROR.userFacingMessage).steps;
    expect(steps.length).toBeGreaterThan(1);
    expect(screen.getAllByRole('checkbox')).toHaveLength(steps.length);
    expect(alert).toHaveTextContent(QBD_CONNECTION_ERROR.requestId);
    expect(alert).toHaveTextContent('Log in as Admin');
    expect(document.body.textContent).not.toContain(QBD_CONNECTION_ERROR.message);
  });

  test('a gateway page that is no JSON: the generic text with the status’s request id', async () => {
    renderPage('/api/gateway');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(GATEWAY_REQUEST_ID);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
