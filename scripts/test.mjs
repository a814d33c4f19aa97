// `npm test`: every check a change must pass, in order, stopping at the first
// failure. It ends with one summary line of the test counts, so a CI log's last
// line says what ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const RESULTS = join(ROOT, '.vitest-results');

/** Vitest projects per phase: the fast node/jsdom ones first, then everything that needs Chromium. */
const UNIT_PROJECTS = ['unit', 'dom', 'react18'];
const BROWSER_PROJECTS = ['browser', 'storybook', 'e2e'];

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    printSummary();
    process.exit(1);
  }
}

/** Runs the named Vitest projects that exist and adds their counts to the totals. */
function vitest(title, projects) {
  const outputFile = join(RESULTS, `${title}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`];
  for (const project of projects) args.push(`--project=${project}`);
  const before = totals.failed;
  const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  let report;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    report = undefined;
  }
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  }
  if (result.status !== 0 || !report || report.numTotalTests === 0 || totals.failed > before) {
    const why = !report ? 'no report' : report.numTotalTests === 0 ? 'no tests ran' : `exit ${result.status}`;
    console.error(`\n✖ ${title} tests failed (${why}).`);
    if (!report) totals.failed += 1;
    printSummary();
    process.exit(1);
  }
}

function printSummary() {
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('typecheck (core without the DOM)', 'npx', ['tsc', '-p', 'src/core/tsconfig.json', '--noEmit']);
run('lint', 'npx', ['biome', 'check', '.']);
run('ReDoS check', 'node', ['scripts/check-regex.mjs']);
run('build', 'npm', ['run', '--silent', 'build']);
vitest('unit', UNIT_PROJECTS);
vitest('browser', BROWSER_PROJECTS);
run('publint', 'npx', ['publint', '--strict']);
run('are the types wrong', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only']);
// A strict app's tsc against the packed package (bundler and nodenext), and every ts/tsx block of the README.
run('consumer typecheck', 'node', ['test/consumer/typecheck.mjs']);
// Production Vite builds of tiny apps, gzip, minus a React-only app; the alert's first load without the dialog.
run('size budgets', 'node', ['scripts/size.mjs']);
printSummary();
