// A real Chromium page for the end-to-end test, which records what the page
// received (every JSON body) and what went wrong in it (uncaught errors and
// console errors), so the test can check both.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../chromium.ts';

/** One JSON response the page received. */
export interface ReceivedJson {
  /** The response's URL path and query. */
  path: string;
  /** Its HTTP status. */
  status: number;
  /** Its body, as the browser got it. */
  text: string;
}

/** A page on `origin` that may use the clipboard, and what it saw. */
export interface BrowserSession {
  /** The page to drive. */
  page: Page;
  /** Every JSON body the page received, oldest first. */
  received: ReceivedJson[];
  /** Uncaught exceptions and console errors, other than the browser's own note about a failed HTTP status. */
  problems: string[];
  /** Closes the page, its context and the browser. */
  close(): Promise<void>;
}

/**
 * Chromium logs every 4xx/5xx response as a console error. The example
 * answers errors on purpose, so those notes are expected; anything else is not.
 */
function isHttpStatusNote(text: string): boolean {
  return text.startsWith('Failed to load resource: the server responded with a status of');
}

/** Launches the system Chromium and opens a page with clipboard access granted for `origin`. */
export async function openBrowserSession(origin: string): Promise<BrowserSession> {
  const browser: Browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context: BrowserContext = await browser.newContext();
    // Every step here takes well under a second; a missing element should fail the test soon, not after 30 s.
    context.setDefaultTimeout(10_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    const received: ReceivedJson[] = [];
    const problems: string[] = [];
    // Bodies are read as they arrive; `settled` lets the test wait for the reads in flight.
    page.on('response', (response) => {
      if (!(response.headers()['content-type'] ?? '').includes('application/json')) return;
      const { pathname, search } = new URL(response.url());
      response.text().then(
        (text) => received.push({ path: pathname + search, status: response.status(), text }),
        (error: unknown) => problems.push(`could not read ${pathname}: ${String(error)}`),
      );
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !isHttpStatusNote(message.text())) problems.push(message.text());
    });
    return { page, received, problems, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
