// The core is promised to run on a Node server and during server rendering:
// it may import nothing but its own modules, so no React, no DOM library and
// no third-party code can slip into `conductor-error-ui/core`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../src/core/', import.meta.url).pathname;
const IMPORT_SPECIFIER = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const DOM_GLOBALS = /\b(?:window|document|navigator|localStorage|sessionStorage)\s*[.[]/;

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return coreFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the pure core', () => {
  const files = coreFiles(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [relative(CORE, file), file]))('%s imports only other core modules', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(IMPORT_SPECIFIER)].map((match) => match[1] ?? match[2]);
    expect(specifiers.filter((specifier) => !specifier?.startsWith('.'))).toEqual([]);
    expect(source).not.toMatch(/\.tsx['"]/);
  });

  it.each(files.map((file) => [relative(CORE, file), file]))('%s touches no browser global', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(code).not.toMatch(DOM_GLOBALS);
  });
});
