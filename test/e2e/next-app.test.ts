// The Next.js App Router example end to end, built by each of Next's bundlers
// (`next build` is Turbopack, `next build --webpack` webpack), served by
// `next start`, and driven in the system Chromium. Its pages call a stand-in
// for Conductor's API through the real conductor-node SDKs.
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../chromium.ts';
import { DEV_MESSAGE_MARKER, SCENARIO_ERRORS } from '../../examples/express-react/stand-in/error-bodies.js';
import { BUNDLERS, buildNextApp, type RunningNextApp, startNextApp } from '../../examples/next-app/launch.js';
import { parseFixSteps } from '../../src/core/index.js';
import { DEFAULT_TITLES } from '../../src/core/titles.js';
import { DIALOG_CODE_MARKERS, firstLoad, gzipBytes, type LoadedScript, pageHtml } from './next-page.js';

/** A `next build` takes 10 to 60 s on two cores; a busy machine can double that. */
const BUILD_TIMEOUT = 240_000;
const THROWN = SCENARIO_ERRORS.QBD_CONNECTION_ERROR;
const TITLE = DEFAULT_TITLES.QBD_CONNECTION_ERROR as string;
const STEP_COUNT = parseFixSteps(THROWN.userFacingMessage).steps.length;
/** Words of the user-facing text with no quote in them, so they read the same HTML-escaped. */
const USER_FACING_WORDS = 'log in as Admin';

/** Which of the dialog's markers the scripts hold. */
const dialogMarkersIn = (scripts: readonly LoadedScript[]): string[] =>
  DIALOG_CODE_MARKERS.filter((marker) => scripts.some((script) => script.text.includes(marker)));

/** First-load and dialog sizes per bundler, printed at the end (figures, not assertions). */
const figures: string[] = [];

afterAll(() => {
  if (figures.length)
    console.log(`\nNext.js example, gzip (level 9) of the JS each page loads:\n${figures.join('\n')}`);
});

describe.each(BUNDLERS)('the Next.js example built with %s', (bundler) => {
  let app: RunningNextApp;
  let browser: Browser;

  beforeAll(async () => {
    await buildNextApp(bundler);
    app = await startNextApp({ bundler });
    browser = await chromium.launch(chromiumLaunchOptions());
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Runs `drive` on a fresh page, closed afterwards. */
  async function withPage(drive: (page: Page) => Promise<void>): Promise<void> {
    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    try {
      await drive(await context.newPage());
    } finally {
      await context.close();
    }
  }

  /** Opens the details dialog with `trigger`; returns the scripts that loaded for it and the dialog's text. */
  async function openDialog(page: Page, watch: Awaited<ReturnType<typeof firstLoad>>, trigger: () => Promise<void>) {
    const before = watch.scripts.length;
    await trigger();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await watch.settled();
    const text = (await dialog.textContent()) ?? '';
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    return { loaded: watch.scripts.slice(before), text };
  }

  it('the Server Component page’s HTML holds the user-facing text and the checkboxes, and no developer message; nor does its RSC payload', async () => {
    const before = app.standIn.requests.length;
    const html = await (await fetch(`${app.url}/`)).text();
    // Three real calls: conductor-node v12, v11, and plain fetch.
    const served = app.standIn.requests.slice(before);
    expect(served.map((request) => request.userAgent)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Conductor/JS 12.'),
        expect.stringContaining('conductor-node/11.'),
      ]),
    );
    expect(html).toContain(TITLE);
    expect(html).toContain(USER_FACING_WORDS);
    // The v12 alert's checklist and the JSON's; the compact v11 alert has none.
    expect(html.match(/type="checkbox"/g)).toHaveLength(2 * STEP_COUNT);
    for (const request of served) expect(html).toContain(request.requestId);
    // The RSC payload is inside the HTML too.
    expect(html).toContain('self.__next_f');
    expect(html).not.toContain(DEV_MESSAGE_MARKER);

    const payload = await (await fetch(`${app.url}/`, { headers: { RSC: '1' } })).text();
    expect(payload).toContain(USER_FACING_WORDS);
    expect(payload).not.toContain(DEV_MESSAGE_MARKER);
  });

  it('in Chromium the Server Component page hydrates silently, shows no developer message, and loads the dialog only on first open', async () => {
    await withPage(async (page) => {
      const watch = await firstLoad(page, `${app.url}/`);
      const first = [...watch.scripts];
      expect(first.length).toBeGreaterThan(0);
      expect(dialogMarkersIn(first)).toEqual([]);
      // Hydrated: a checked step reaches React, which counts it.
      const alert = page.getByRole('region', { name: 'A conductor-node v12 error, as thrown' });
      await alert.getByRole('checkbox').first().check();
      await alert.getByText(`1 of ${STEP_COUNT} done`).waitFor();

      const dialog = await openDialog(page, watch, () => alert.getByRole('button', { name: 'Details' }).click());
      expect(dialogMarkersIn(dialog.loaded)).toEqual([...DIALOG_CODE_MARKERS]);
      expect(dialog.text).toContain(THROWN.code);
      // The compact alert opens the same dialog, its code already loaded.
      const compact = page.getByRole('region', { name: 'A conductor-node v11 error, compact' });
      await openDialog(page, watch, () => compact.getByRole('button', { name: 'How to fix' }).click());

      expect(await page.textContent('body')).not.toContain(DEV_MESSAGE_MARKER);
      expect(await pageHtml(page)).not.toContain(DEV_MESSAGE_MARKER);
      expect(watch.messages).toEqual([]);
      figures.push(
        `${bundler}: Server Component page ${gzipBytes(first)} B, dialog on first open ${gzipBytes(dialog.loaded)} B`,
      );
    });
  });

  it('the Client Component page renders the Route Handler’s JSON and loads the dialog only on first open', async () => {
    await withPage(async (page) => {
      const watch = await firstLoad(page, `${app.url}/client`);
      const alert = page.getByRole('status', { name: TITLE });
      await alert.waitFor();
      await watch.settled();
      const first = [...watch.scripts];
      expect(dialogMarkersIn(first)).toEqual([]);
      expect(await alert.getByRole('checkbox').count()).toBe(STEP_COUNT);

      const dialog = await openDialog(page, watch, () => alert.getByRole('button', { name: 'Details' }).click());
      expect(dialogMarkersIn(dialog.loaded)).toEqual([...DIALOG_CODE_MARKERS]);
      expect(await pageHtml(page)).not.toContain(DEV_MESSAGE_MARKER);
      expect(watch.messages).toEqual([]);
      figures.push(`${bundler}: Client Component page ${gzipBytes(first)} B`);
    });
  });

  it('the details page lists the developer message only in the dialog with showDeveloperDetails', async () => {
    await withPage(async (page) => {
      const watch = await firstLoad(page, `${app.url}/details`);
      const forUsers = await openDialog(page, watch, () =>
        page.getByRole('button', { name: 'Details', exact: true }).click(),
      );
      expect(forUsers.text).toContain(THROWN.integrationCode);
      expect(forUsers.text).not.toContain(DEV_MESSAGE_MARKER);
      const forDevelopers = await openDialog(page, watch, () =>
        page.getByRole('button', { name: 'Developer details' }).click(),
      );
      expect(forDevelopers.text).toContain(DEV_MESSAGE_MARKER);
      expect(watch.messages).toEqual([]);
    });
  });

  it('a page without the library: the baseline the figures compare with', async () => {
    await withPage(async (page) => {
      const watch = await firstLoad(page, `${app.url}/about`);
      expect(dialogMarkersIn(watch.scripts)).toEqual([]);
      expect(watch.messages).toEqual([]);
      figures.push(`${bundler}: page without the library ${gzipBytes(watch.scripts)} B`);
    });
  });

  it('the Route Handler answers with toConductorErrorResponse’s status and body, and logs the whole error', async () => {
    const response = await fetch(`${app.url}/api/health-check`);
    const served = app.standIn.requests.at(-1);
    const { message: _developerOnly, ...fields } = THROWN;
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: { ...fields, requestId: served?.requestId } });
    await expect.poll(() => app.output()).toContain(DEV_MESSAGE_MARKER);
  });

  it('stops everything it started', async () => {
    await browser.close();
    await app.close();
    await expect(fetch(app.url)).rejects.toThrow();
    await expect(fetch(app.standIn.origin)).rejects.toThrow();
  });
});
