// Builds bench/ against the built library, serves it on localhost and reads the
// mount figures (alerts, then the checklist) from headless Chromium. Prints
// plain lines; never a test.

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
  const { count, rounds, alertsMs, plainMs, checklist: c } = await result.jsonValue();
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`Mount in Chromium (median of ${rounds} rounds, production React):`);
  console.log(`  ${count} ConductorErrorAlerts (seed error): ${ms(alertsMs)}`);
  console.log(`  ${count} plain <div role="alert"><p>: ${ms(plainMs)}`);
  console.log(`  ratio: ${(alertsMs / plainMs).toFixed(2)} (aim: at most 2)`);
  const kB = (c.labelsChars / 1000).toFixed(1);
  const MB = (c.hugeChars / 1e6).toFixed(1);
  const linear = (c.labelsPlanMountMs / c.halfPlanMountMs).toFixed(2);
  const memo = (c.fiftyStepClickMs / c.fiveStepClickMs).toFixed(2);
  console.log('QbdFixSteps in Chromium (medians, layout included; aim: at most 50 ms each):');
  console.log(`  2,000 quoted labels (${kB} kB) as a message, through today's parser:`);
  console.log(`    mount ${ms(c.labelsMessageMountMs)}, a tick ${ms(c.labelsMessageClickMs)}`);
  console.log('  the same as a plan of 2,000 label chips (parts, as the staged parser gives):');
  console.log(`    mount ${ms(c.labelsPlanMountMs)}, a tick ${ms(c.labelsPlanClickMs)}`);
  console.log(
    `  1,000 label chips: mount ${ms(c.halfPlanMountMs)}; 2,000 take ${linear} times as long (linear: about 2)`,
  );
  console.log(`  a tick in a 50-step list: ${ms(c.fiftyStepClickMs)}; in a 5-step list: ${ms(c.fiveStepClickMs)}`);
  console.log(`    ratio ${memo} (memoized rows: about 1)`);
  console.log(`  a ${MB} MB message, shown as paragraphs: mount ${ms(c.hugeMountMs)}`);
} finally {
  await browser.close();
  server.close();
}
