// The example's front end: a plain Vite React app. It imports
// `conductor-error-ui` by its package name, which resolves through the root
// package.json's `exports` to the built dist/, exactly as in an app that
// installed the package (run `npm run build` at the repository root first).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true },
});
