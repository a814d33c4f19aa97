// Builds bench/ against the built library, serves it on localhost and reads the
// mount figures from headless Chromium. Prints plain lines; never a test.

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../chromium.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'node_modules/.cache/bench-mount');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

await build({
  root: join(ROOT, 'bench'),
  base: './',
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: OUT, emptyOutDir: true },
});

const server = createServer(async (request, response) => {
  const path = join(OUT, new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
  let body;
  try {
    body = await readFile(path);
  } catch {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  response.end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  const result = await page.waitForFunction(() => window.__benchResult, undefined, { timeout: 120_000 });
  const { count, rounds, alertsMs, plainMs } = await result.jsonValue();
  console.log(`Mount in Chromium (median of ${rounds} rounds, production React):`);
  console.log(`  ${count} ConductorErrorAlerts (seed error): ${alertsMs.toFixed(1)} ms`);
  console.log(`  ${count} plain <div role="alert"><p>: ${plainMs.toFixed(1)} ms`);
  console.log(`  ratio: ${(alertsMs / plainMs).toFixed(2)} (aim: at most 2)`);
} finally {
  await browser.close();
  server.close();
}
