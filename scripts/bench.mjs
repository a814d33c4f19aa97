// `npm run bench`: the figures the README quotes, printed, never asserted.
// Run after `npm run build` (the npm script does both).
import { spawnSync } from 'node:child_process';

const ROOT = new URL('..', import.meta.url).pathname;
const STEPS = [
  ['Parser (Node)', 'npx', ['tsx', 'scripts/bench-core.mjs']],
  ['Mount (Chromium)', 'npx', ['tsx', 'scripts/bench-mount.mjs']],
  ['Bundle sizes (gzip, a Vite app minus a React-only app)', 'node', ['scripts/size.mjs']],
];

let failed = false;
for (const [title, command, args] of STEPS) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
