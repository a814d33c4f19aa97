// The example app end to end: the real conductor-node SDKs call a stand-in for
// Conductor's API over HTTP, the Express server turns their errors into JSON
// with toConductorErrorResponse, and the built React front end renders it in
// the system Chromium. Every documented scenario, through both SDK versions.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_IDS, SDK_VERSIONS, type SdkVersion } from '../../examples/express-react/demo-scenarios.js';
import { buildFrontEnd, type RunningExample, startExample } from '../../examples/express-react/server/start.js';
import { DEV_MESSAGE_MARKER, SCENARIO_ERRORS } from '../../examples/express-react/stand-in/error-bodies.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { type CapturedLogger, captureLogs } from './logs.js';
import { checkConnection, expectedView, readPage } from './page.js';

let staticDir: string;
let example: RunningExample;
let session: BrowserSession;
let logs: CapturedLogger;

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'cui-example-'));
  await buildFrontEnd(staticDir);
  logs = captureLogs();
  example = await startExample({ staticDir, logger: logs });
  session = await openBrowserSession(new URL(example.url).origin);
  await session.page.goto(example.url);
});

afterAll(async () => {
  await session?.close();
  await example?.close();
  await rm(staticDir, { recursive: true, force: true });
});

const USER_AGENT: Record<SdkVersion, string> = { v12: 'Conductor/JS 12.', v11: 'conductor-node/11.' };

describe.each(SDK_VERSIONS)('through conductor-node %s', (sdk) => {
  it.each(SCENARIO_IDS)('%s: the right alert, its request id copied, no developer text, Retry recovers', async (id) => {
    const { page } = session;
    const thrown = SCENARIO_ERRORS[id];
    const { response, body } = await checkConnection(page, { scenario: id, sdk, succeedOnRetry: true });

    // The real SDK made the request, and the stand-in answered this scenario.
    const served = example.standIn.requests.at(-1);
    expect(served).toMatchObject({ answer: id, authorized: true });
    expect(served?.userAgent).toContain(USER_AGENT[sdk]);

    // The browser got the error's fields, with a status that will not sign anyone out.
    expect(response.status()).toBe(thrown.httpStatusCode === 401 ? 500 : thrown.httpStatusCode);
    expect(body).toEqual({
      error: { ...expectedView(thrown).fields, requestId: served?.requestId },
    });

    // The alert: its title, its steps as checkboxes, the user-facing text.
    const view = expectedView(thrown);
    const alert = page.getByRole(view.role, { name: view.title });
    await alert.waitFor();
    expect(await alert.getByRole('checkbox').count()).toBe(view.steps.length);
    const shown = (await alert.textContent()) ?? '';
    expect(shown).toContain(thrown.userFacingMessage.split('. ')[0]);
    if (id === 'QBD_CONNECTION_ERROR') {
      expect(view.steps).toHaveLength(8);
      // Each step is shown starting with a capital.
      expect(shown).toContain('Log in as Admin');
    }

    // Copy request ID puts exactly the id Conductor issued on the clipboard.
    await alert.getByRole('button', { name: 'Copy request ID' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5_000 })
      .toBe(served?.requestId);

    // Neither the alert nor its details dialog shows the developer message.
    await alert.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await readPage(page)).not.toContain(DEV_MESSAGE_MARKER);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The server logged the whole error, at the level Conductor's docs advise.
    const logged = logs.entries.at(-1);
    expect(logged?.level).toBe(thrown.type === 'INTEGRATION_CONNECTION_ERROR' ? 'warn' : 'error');
    expect(logged?.text).toContain(DEV_MESSAGE_MARKER);

    // Retry calls again; the stand-in recovers, and so does the page.
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Connected: QuickBooks Desktop answered').waitFor();
    expect(example.standIn.requests.at(-1)?.answer).toBe('ok');
    expect(await alert.count()).toBe(0);
  });
});

describe('the page as a whole', () => {
  it('without a failure, shows the connection as working and no alert', async () => {
    const { response } = await checkConnection(session.page, { scenario: 'none', sdk: 'v12', succeedOnRetry: false });
    expect(response.status()).toBe(200);
    await session.page.getByText('Connected: QuickBooks Desktop answered').waitFor();
    expect(await session.page.locator('[data-slot="alert"]').count()).toBe(0);
  });

  it('never received a developer message in any JSON, and logged no error of its own', async () => {
    const errorBodies = session.received.filter((json) => json.status >= 400);
    expect(errorBodies.length).toBeGreaterThanOrEqual(SCENARIO_IDS.length * SDK_VERSIONS.length);
    for (const json of session.received) expect(json.text).not.toContain(DEV_MESSAGE_MARKER);
    expect(session.problems).toEqual([]);
  });

  it('stops everything it started', async () => {
    const { origin } = example.standIn;
    await session.close();
    await example.close();
    await expect(fetch(example.url)).rejects.toThrow();
    await expect(fetch(origin)).rejects.toThrow();
  });
});
