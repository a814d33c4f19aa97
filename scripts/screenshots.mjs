// `npm run screenshots`: builds the static Storybook, serves it on a free
// localhost port and saves PNGs of the main stories, light and dark, with
// headless Chromium into docs/screenshots/. The README shows them, so they are
// pictures of what the stories (and so the tests) really render.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const STATIC = join(ROOT, 'storybook-static');
const OUT = join(ROOT, 'docs/screenshots');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Story id, file name, whether to capture the whole viewport (for the
 * portalled dialog), its height, and the pixel density (2 unless given).
 */
const SHOTS = [
  { id: 'components-conductorerroralert--connection-warning', name: 'alert' },
  { id: 'components-conductorerroralert--request-error', name: 'alert-error' },
  { id: 'layouts-compact-alert--in-table-row', name: 'compact-table-row' },
  { id: 'components-qbdfixsteps--persisted-progress', name: 'fix-steps' },
  { id: 'components-conductorerrordetails--open', name: 'details-dialog', viewport: true, height: 1040 },
  // Ten cards: at normal density, or the picture alone would weigh megabytes.
  { id: 'examples-all-errors--all-errors', name: 'all-errors', scale: 1 },
];
const THEMES = ['light', 'dark'];
/** CSS pixels of the page kept around a story's own box, so the picture does not cut at its border. */
const MARGIN = 16;

/** The clip rectangle of `selector` plus MARGIN on every side, in page coordinates. */
async function marginAround(page, selector) {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not rendered`);
  const x = Math.max(0, box.x - MARGIN);
  const y = Math.max(0, box.y - MARGIN);
  return { x, y, width: box.width + (box.x - x) + MARGIN, height: box.height + (box.y - y) + MARGIN };
}

const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('screenshots: the Storybook build failed');
  process.exit(1);
}

/** Serves storybook-static/, never a file outside it. */
const server = createServer(async (request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const path = normalize(join(STATIC, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (path !== STATIC && !path.startsWith(STATIC + sep)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(path);
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

await mkdir(OUT, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
let failures = 0;
try {
  for (const shot of SHOTS) {
    const viewport = { width: 880, height: shot.height ?? 720 };
    const page = await browser.newPage({ viewport, deviceScaleFactor: shot.scale ?? 2 });
    for (const theme of THEMES) {
      const file = join(OUT, `${shot.name}-${theme}.png`);
      const url = `${base}/iframe.html?id=${shot.id}&viewMode=story&globals=theme:${theme}`;
      try {
        await page.goto(url);
        // The picture is of the story after its play function: wait for Storybook to be done with it.
        await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', undefined, {
          timeout: 20_000,
        });
        const failed = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
        if (failed) throw new Error('the story or its play function threw');
        await page.evaluate(async () => {
          // No focus ring left over from the play function, and the final fonts.
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
          await document.fonts.ready;
        });
        // 'disabled' finishes running animations (the dialog's fade-in) before the picture.
        const options = { path: file, animations: 'disabled' };
        if (shot.viewport) await page.screenshot(options);
        else await page.screenshot({ ...options, fullPage: true, clip: await marginAround(page, '#storybook-root') });
        console.log(`saved ${file.slice(ROOT.length)}`);
      } catch (error) {
        failures += 1;
        console.error(`screenshots: ${shot.id} (${theme}) failed: ${error instanceof Error ? error.message : error}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures === 0 ? 0 : 1);
