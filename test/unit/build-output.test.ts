// What an app's bundler receives from `npm run build` (npm test builds first):
// component modules keep 'use client' for Next.js App Router, the Server
// Component entry does not, the core stays free of React, no JS imports CSS,
// the stylesheet has its declaration, and neither the alert nor the Server
// Component entry pulls in Radix Dialog until the details dialog is opened.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** The modules of the `react-server` entry that run on the server: Server Components may not be marked 'use client'. */
const SERVER_MODULES = ['server.js', 'server/components.js', 'server/safe-error.js'];
const STATIC_IMPORT = /^(?:import|export)\s[^;]*?from\s*"([^"]+)";?$|^import\s*"([^"]+)";?$/gm;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Every file and bare package reached from `entry` through static imports only. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  });

  it('starts every module that uses React with "use client", except the Server Components, and no core module', () => {
    const files = jsFiles(DIST);
    for (const module of SERVER_MODULES) {
      expect(readFileSync(join(DIST, module), 'utf8'), module).not.toContain('use client');
    }
    const usesReact = files.filter(
      (file) =>
        !SERVER_MODULES.includes(relative(DIST, file)) &&
        /from "react(?:\/[^"]*)?"|from "react-dom/.test(readFileSync(file, 'utf8')),
    );
    expect(usesReact.length).toBeGreaterThan(3);
    for (const file of usesReact) {
      expect(readFileSync(file, 'utf8').startsWith('"use client";'), relative(DIST, file)).toBe(true);
    }
    for (const file of jsFiles(join(DIST, 'core'))) {
      expect(readFileSync(file, 'utf8'), relative(DIST, file)).not.toContain('use client');
    }
  });

  it('keeps React out of the core entry', () => {
    const { packages } = staticGraph(join(DIST, 'core.js'));
    expect([...packages]).toEqual([]);
  });

  it('imports no CSS from JavaScript, and ships one stylesheet with no @import left', () => {
    for (const file of jsFiles(DIST)) expect(readFileSync(file, 'utf8'), relative(DIST, file)).not.toMatch(/\.css"/);
    const css = readFileSync(join(DIST, 'styles.css'), 'utf8');
    expect(css).not.toContain('@import');
    expect(css).toContain('--cui-');
  });

  it('loads Radix Dialog only when the details dialog is opened', () => {
    const alert = jsFiles(DIST).find((file) => file.endsWith('ConductorErrorAlert.js'));
    expect(alert, 'ConductorErrorAlert.js in dist').toBeDefined();
    const { packages } = staticGraph(alert as string);
    expect([...packages].filter((name) => name.startsWith('@radix-ui/'))).toEqual([]);
    expect(readFileSync(join(DIST, 'index.js'), 'utf8')).toContain('ConductorErrorDetails');
  });

  it('gives Server Components their own entry, with the same exports as the main one', async () => {
    expect(Object.keys(PACKAGE.exports['.'])).toEqual(['types', 'react-server', 'default']);
    const server = join(DIST, '..', PACKAGE.exports['.']['react-server']);
    const main = join(DIST, '..', PACKAGE.exports['.'].default);
    expect(Object.keys(await import(server)).sort()).toEqual(Object.keys(await import(main)).sort());
  });

  it('keeps the details dialog and Radix out of what the Server Component entry imports statically', () => {
    const { files, packages } = staticGraph(join(DIST, 'server.js'));
    expect([...files].map((file) => relative(DIST, file))).not.toContain('details/ConductorErrorDetails.js');
    expect([...packages].filter((name) => name.startsWith('@radix-ui/'))).toEqual([]);
    // The dialog is still there, behind a dynamic import.
    expect(readFileSync(join(DIST, 'details/lazy.js'), 'utf8')).toContain('import("./ConductorErrorDetails.js")');
  });

  it('ships a type declaration for the stylesheet, with no exports', () => {
    const styles = PACKAGE.exports['./styles.css'];
    expect(existsSync(join(DIST, '..', styles.default))).toBe(true);
    expect(readFileSync(join(DIST, '..', styles.types), 'utf8')).toMatch(/^export \{\};$/m);
  });
});
