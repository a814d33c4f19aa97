// Watching a Next.js page in Chromium for the end-to-end test: every script
// the page loads (to tell the first load from what loads later, and find the
// details dialog's code among them) and everything the console says.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';

/**
 * Strings that survive minification and are only in the details dialog's
 * code: its own `data-slot="details-actions"` (in ConductorErrorDetails only)
 * and the event name of Radix's FocusScope, which Radix Dialog is built on.
 */
export const DIALOG_CODE_MARKERS = ['details-actions', 'focusScope.autoFocusOnMount'] as const;

/** One script the page loaded. */
export interface LoadedScript {
  /** Its URL path, e.g. `/_next/static/chunks/4f2a.js`. */
  path: string;
  /** Its text, as served. */
  text: string;
}

/** Whether a script holds the details dialog's code (every marker, so no other module can match by chance). */
export const holdsDialogCode = (script: LoadedScript): boolean =>
  DIALOG_CODE_MARKERS.every((marker) => script.text.includes(marker));

/** Gzip bytes of the scripts, each compressed on its own as a server sends it (level 9, as size budgets are measured). */
export const gzipBytes = (scripts: readonly LoadedScript[]): number =>
  scripts.reduce((sum, script) => sum + gzipSync(script.text, { level: 9 }).length, 0);

/** What a page loaded and logged, from the moment `watchPage` was called. */
export interface PageWatch {
  /** Every script loaded so far, in order of arrival. */
  scripts: LoadedScript[];
  /** Every console message and uncaught error, except Chromium's note on a response's 4xx/5xx status. */
  messages: string[];
  /** Resolves once every script body seen so far has been read. */
  settled(): Promise<void>;
}

/** Chromium logs every 4xx/5xx response; the client page's Route Handler answers 502 on purpose. */
const isHttpStatusNote = (text: string): boolean =>
  text.startsWith('Failed to load resource: the server responded with a status of');

/** Starts recording the page's scripts and console output. */
export function watchPage(page: Page): PageWatch {
  const scripts: LoadedScript[] = [];
  const messages: string[] = [];
  const reads: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const path = new URL(response.url()).pathname;
    reads.push(
      response.text().then(
        (text) => void scripts.push({ path, text }),
        (error: unknown) => void messages.push(`could not read ${path}: ${String(error)}`),
      ),
    );
  });
  page.on('console', (message) => {
    if (!isHttpStatusNote(message.text())) messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  return { scripts, messages, settled: () => Promise.all(reads).then(() => undefined) };
}

/** Loads `url` and waits until the network is idle, so the first load is complete; returns what it loaded. */
export async function firstLoad(page: Page, url: string): Promise<PageWatch> {
  const watch = watchPage(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await watch.settled();
  return watch;
}

/** Everything in the page, hidden parts, attributes and portals included. */
export function pageHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}
