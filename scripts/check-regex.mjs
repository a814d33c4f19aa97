// Checks every regular expression in src/ with recheck, a ReDoS checker, and
// fails on any that is not proven safe: the parser promises linear time, and a
// single backtracking-prone pattern would break that promise on hostile text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'oxc-parser';
import { checkSync } from 'recheck';

const ROOT = new URL('..', import.meta.url).pathname;
const SOURCE_DIR = join(ROOT, 'src');

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

/** Yields every regex in an AST: literals, and RegExp() calls whose pattern must be a string literal. */
function* regexesIn(node, file, source) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* regexesIn(child, file, source);
    return;
  }
  if (node.type === 'Literal' && node.regex) {
    yield { pattern: node.regex.pattern, flags: node.regex.flags, at: node.start };
  }
  const isRegExpCall =
    (node.type === 'NewExpression' || node.type === 'CallExpression') &&
    node.callee?.type === 'Identifier' &&
    node.callee.name === 'RegExp';
  if (isRegExpCall) {
    const [pattern, flags] = node.arguments;
    const literal = (arg) => arg?.type === 'Literal' && typeof arg.value === 'string';
    // A pattern built at run time cannot be checked here, so it is not allowed.
    yield literal(pattern) && (flags === undefined || literal(flags))
      ? { pattern: pattern.value, flags: flags?.value ?? '', at: node.start }
      : { unverifiable: source.slice(node.start, node.end), at: node.start };
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'parent') yield* regexesIn(value, file, source);
  }
}

let checked = 0;
const problems = [];
for (const file of sourceFiles(SOURCE_DIR)) {
  const source = readFileSync(file, 'utf8');
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) problems.push(`${relative(ROOT, file)}: could not parse (${errors[0].message})`);
  for (const found of regexesIn(program, file, source)) {
    const line = source.slice(0, found.at).split('\n').length;
    const where = `${relative(ROOT, file)}:${line}`;
    if (found.unverifiable) {
      problems.push(`${where}: RegExp built from a non-literal pattern cannot be checked: ${found.unverifiable}`);
      continue;
    }
    checked++;
    const result = checkSync(found.pattern, found.flags);
    if (result.status !== 'safe') {
      const detail =
        result.status === 'vulnerable'
          ? `${result.complexity.type} backtracking, attack string ${JSON.stringify(result.attack?.pattern ?? '')}`
          : `checker says ${result.status}`;
      problems.push(`${where}: /${found.pattern}/${found.flags} is not proven safe: ${detail}`);
    }
  }
}

if (problems.length > 0) {
  console.error(`ReDoS check: ${problems.length} problem(s) in ${checked} regexes:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`ReDoS check: all ${checked} regexes in src/ are safe.`);
