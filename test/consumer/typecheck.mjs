// The consumer typecheck: the package as an app installs it, checked by a
// strict TypeScript project, never against src/.
//
// 1. `npm pack` the built package and unpack the tarball into
//    node_modules/conductor-error-ui here, so only what would be published is
//    there (its `files`, its `exports`, its .d.ts files).
// 2. Typecheck app.tsx against it with `moduleResolution` bundler and nodenext.
// 3. Write every ts/tsx code block of README.md to node_modules/.readme-blocks/ as a module of its
//    own and typecheck them with the real packages they import, reporting
//    errors at their README line.
//
// Run by `npm test` after the build; exits non-zero on any error.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HERE = new URL('.', import.meta.url).pathname;
const ROOT = join(HERE, '../..');
const INSTALLED = join(HERE, 'node_modules/conductor-error-ui');
// Inside node_modules/, where git and the linter never look: these files are written anew on every run.
const README_DIR = join(HERE, 'node_modules/.readme-blocks');
/** Fenced blocks the README check reads, by their info string, and the file extension each is checked as. */
const BLOCK_EXTENSIONS = new Map([
  ['ts', 'ts'],
  ['typescript', 'ts'],
  ['tsx', 'tsx'],
]);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return result;
}

/** Packs the package and unpacks it where this project's imports find it. */
function installPacked() {
  const destination = mkdtempSync(join(tmpdir(), 'cui-pack-'));
  try {
    const packed = run('npm', ['pack', '--silent', '--pack-destination', destination]);
    if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
    const tarball = join(destination, packed.stdout.trim().split('\n').at(-1));
    rmSync(INSTALLED, { recursive: true, force: true });
    mkdirSync(INSTALLED, { recursive: true });
    const unpacked = run('tar', ['-xzf', tarball, '-C', INSTALLED, '--strip-components=1']);
    if (unpacked.status !== 0) throw new Error(`could not unpack ${tarball}:\n${unpacked.stderr}`);
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

/** Every ts/tsx block of the markdown text: its first line's number (1-based), extension and code. */
export function codeBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const fence = /^\s*(`{3,})\s*([\w-]*)/.exec(lines[index]);
    if (!fence) continue;
    const [, ticks, info] = fence;
    const end = lines.findIndex((line, at) => at > index && line.trim() === ticks);
    const stop = end < 0 ? lines.length : end;
    const extension = BLOCK_EXTENSIONS.get(info.toLowerCase());
    if (extension) blocks.push({ line: index + 2, extension, code: lines.slice(index + 1, stop).join('\n') });
    index = stop;
  }
  return blocks;
}

/** Writes each block as readme-<line>.<ext> in README_DIR; `export {}` makes every block a module of its own. */
function writeReadmeBlocks() {
  rmSync(README_DIR, { recursive: true, force: true });
  mkdirSync(README_DIR, { recursive: true });
  const blocks = codeBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  for (const block of blocks) {
    writeFileSync(join(README_DIR, `readme-${block.line}.${block.extension}`), `${block.code}\nexport {};\n`);
  }
  return blocks.length;
}

/** tsc's report with a README block's file and position turned into the README's own line. */
function atReadmeLines(output) {
  return output.replace(
    /\S*\.readme-blocks\/readme-(\d+)\.tsx?\((\d+),(\d+)\)/g,
    (_match, first, line, column) => `README.md:${Number(first) + Number(line) - 1}:${column}`,
  );
}

function typecheck(title, config) {
  const result = run('npx', ['tsc', '-p', join(HERE, config), '--pretty', 'false']);
  const output = atReadmeLines(`${result.stdout}${result.stderr}`).trim();
  console.log(`${result.status === 0 ? '✓' : '✖'} ${title}${output ? `\n${output}` : ''}`);
  return result.status === 0;
}

installPacked();
const blockCount = writeReadmeBlocks();
const results = [
  typecheck('the packed package, moduleResolution bundler', 'tsconfig.bundler.json'),
  typecheck('the packed package, moduleResolution nodenext', 'tsconfig.nodenext.json'),
  typecheck(`README.md's ${blockCount} ts/tsx blocks`, 'tsconfig.readme.json'),
];
if (blockCount === 0) console.log('✖ README.md has no ts or tsx block: the README check read nothing.');
process.exit(results.every(Boolean) && blockCount > 0 ? 0 : 1);
