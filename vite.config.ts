// Library build: three ESM entries (the components, the same for Server
// Components, and the pure core), React and Radix left to the app's bundler,
// the stylesheet shipped beside them as a file with an empty type declaration.
// Types come from `tsc -p tsconfig.build.json`, written beside the JS.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const IMPORT_LINE = /^@import (?:'([^']+)'|"([^"]+)");$/gm;

/** Reads a stylesheet with its relative `@import '...';` lines inlined, so the package ships one file. */
export function inlineStylesheet(path: string): string {
  const css = readFileSync(path, 'utf8');
  return css.replace(IMPORT_LINE, (_line, single: string | undefined, double: string | undefined) =>
    inlineStylesheet(resolve(dirname(path), (single ?? double) as string)),
  );
}

/** Ships src/styles.css as dist/styles.css, and its declaration, without any JS entry importing it. */
function stylesheet(): Plugin {
  return {
    name: 'conductor-error-ui:stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: inlineStylesheet('src/styles.css') });
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css.d.ts',
        source: readFileSync('src/styles.css.d.ts', 'utf8'),
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), stylesheet()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', server: 'src/server/index.ts', core: 'src/core/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//],
      output: {
        // One output file per source module keeps each component's 'use client'
        // directive at the top of its own file (Next.js App Router needs it) and
        // lets an app's bundler drop the components it does not import.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
