// Library build: two ESM entries (the components and the pure core), React and
// Radix left to the app's bundler, the stylesheet shipped beside them as a file.
import { existsSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Ships src/styles.css as dist/styles.css without any JS entry importing it. */
function stylesheet(): Plugin {
  return {
    name: 'conductor-error-ui:stylesheet',
    generateBundle() {
      if (!existsSync('src/styles.css')) return;
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/styles.css', 'utf8') });
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
      entry: { index: 'src/index.ts', core: 'src/core/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//],
    },
  },
});
